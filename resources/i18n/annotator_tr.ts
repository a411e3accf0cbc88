<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="23" />
        <source>About Annotator</source>
        <translation>Annotator hakkında</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="24" />
        <source>Annotator %s</source>
        <translation>Annotator %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="43" />
        <source>Translate and event-annotate Turkish political commentary.</source>
        <translation>Türkçe siyasi yorumları çevirin ve olaylarla etiketleyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="45" />
        <source>Licence: MIT (see the LICENSE file).</source>
        <translation>Lisans: MIT (LICENSE dosyasına bakın).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="47" />
        <source>Data shipped with the app:</source>
        <translation>Uygulamayla gelen veriler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="48" />
        <source>• PLOVER event ontology (openeventdata/PLOVER manual 0.8) and the CAMEO codebook, as taxonomy files in resources/taxonomies.</source>
        <translation>• PLOVER olay ontolojisi (openeventdata/PLOVER el kitabı 0.8) ve CAMEO kod kitabı, resources/taxonomies içinde sınıflandırma dosyaları olarak.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="50" />
        <source>• Country names in English and Turkish from pycountry (LGPL 2.1), with the iso-codes project's translations.</source>
        <translation>• İngilizce ve Türkçe ülke adları pycountry'den (LGPL 2.1), iso-codes projesinin çevirileriyle.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="52" />
        <source>• The sample commentary (AVİM, Avrasya İncelemeleri Merkezi): the publisher's text, included as an example for personal evaluation.</source>
        <translation>• Örnek yorum (AVİM, Avrasya İncelemeleri Merkezi): yayıncının metni, kişisel değerlendirme için örnek olarak eklendi.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="55" />
        <source>Data used to build and test it (not shipped):</source>
        <translation>Geliştirme ve testte kullanılan veriler (uygulamayla gelmez):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="56" />
        <source>• UD Turkish IMST (CC BY-NC-SA 4.0): scoring the sentence splitter.</source>
        <translation>• UD Turkish IMST (CC BY-NC-SA 4.0): cümle bölücünün ölçülmesi.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="57" />
        <source>• UD Turkish PUD (CC BY-SA 3.0): the suggestion gold set and export tests.</source>
        <translation>• UD Turkish PUD (CC BY-SA 3.0): öneri altın kümesi ve dışa aktarma testleri.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/about_dialog.py" line="59" />
        <source>Built with Qt 6 / PySide6 (LGPL 3), deep-translator, sqlite-utils, rapidfuzz, sacrebleu and other libraries listed in pyproject.toml.</source>
        <translation>Qt 6 / PySide6 (LGPL 3), deep-translator, sqlite-utils, rapidfuzz, sacrebleu ve pyproject.toml'da listelenen öteki kütüphanelerle yapıldı.</translation>
    </message>
</context>
<context>
    <name>ActorPickerDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="40" />
        <source>Which actor is this?</source>
        <translation>Bu hangi aktör?</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="45" />
        <source>Enter takes the highlighted actor. No match? Fill in country and sector below to add a new one.</source>
        <translation>Enter seçili aktörü alır. Uyan yok mu? Yeni aktör eklemek için aşağıya ülke ve sektör girin.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="56" />
        <source>Country code:</source>
        <translation>Ülke kodu:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="57" />
        <source>Sector:</source>
        <translation>Sektör:</translation>
    </message>
</context>
<context>
    <name>ActorRegistryDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="58" />
        <source>Actor registry</source>
        <translation>Aktör kaydı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="60" />
        <source>Find actors (name, alias or id)</source>
        <translation>Aktör bul (ad, takma ad ya da kimlik)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="74" />
        <source>Merge into…</source>
        <translation>Şununla birleştir…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="75" />
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="118" />
        <source>Not merged</source>
        <translation>Birleştirilmedi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="130" />
        <source>Merge actors</source>
        <translation>Aktörleri birleştir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="131" />
        <source>Merge %1 into %2? Its mentions and event roles move to %2.</source>
        <translation>%1, %2 ile birleştirilsin mi? Anılışları ve olaylardaki rolleri %2 aktörüne geçer.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="143" />
        <source>Not deleted</source>
        <translation>Silinmedi</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <location filename="../../annotator/gui/models/actor_table_model.py" line="51" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/actor_table_model.py" line="51" />
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/actor_table_model.py" line="51" />
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/actor_table_model.py" line="51" />
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/actor_table_model.py" line="52" />
        <source>Aliases (Turkish | English)</source>
        <translation>Takma adlar (Türkçe | İngilizce)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/actor_table_model.py" line="52" />
        <source>Used</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/actor_table_model.py" line="78" />
        <source>%1 mentions, %2 events</source>
        <translation>%1 anılış, %2 olay</translation>
    </message>
</context>
<context>
    <name>AnnotateMenu</name>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="40" />
        <source>&amp;Suggest actors and events for this document</source>
        <translation>Bu belge için aktör ve olay ö&amp;ner</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="42" />
        <source>Accept every suggestion of this &amp;document</source>
        <translation>Bu &amp;belgedeki bütün önerileri kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="45" />
        <source>Default &amp;contexts of this document…</source>
        <translation>Bu belgenin varsayılan &amp;bağlamları…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="47" />
        <source>Use a &amp;taxonomy file…</source>
        <translation>Bir &amp;sınıflandırma dosyası kullan…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="48" />
        <source>Use the bundled &amp;PLOVER taxonomy</source>
        <translation>Uygulamayla gelen &amp;PLOVER sınıflandırmasını kullan</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="51" />
        <source>Actor &amp;registry…</source>
        <translation>Aktör &amp;kaydı…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="52" />
        <source>&amp;Import actors from CSV…</source>
        <translation>Aktörleri CSV'den &amp;içe aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="53" />
        <source>E&amp;xport actors to CSV…</source>
        <translation>Aktörleri CSV'ye &amp;dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="61" />
        <source>Suggesting actors and events</source>
        <translation>Aktör ve olay öneriliyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="68" />
        <source>Accepted %d suggestions.</source>
        <translation>%d öneri kabul edildi.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="79" />
        <source>Default contexts</source>
        <translation>Varsayılan bağlamlar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="80" />
        <source>Contexts for new events of this document, separated by commas (%s):</source>
        <translation>Bu belgenin yeni olayları için bağlamlar, virgülle ayrılmış (%s):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="88" />
        <source>Taxonomy file</source>
        <translation>Sınıflandırma dosyası</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="89" />
        <source>Taxonomy (*.toml);;All files (*)</source>
        <translation>Sınıflandırma (*.toml);;Bütün dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="95" />
        <source>Taxonomy not used</source>
        <translation>Sınıflandırma kullanılmadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="99" />
        <source>This project now uses %s.</source>
        <translation>Bu proje artık %s kullanıyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="118" />
        <source>Import actors</source>
        <translation>Aktörleri içe aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="119" />
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Bütün dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="126" />
        <source>Actors not imported</source>
        <translation>Aktörler içe aktarılmadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="130" />
        <source>Actors: %1 added, %2 updated.</source>
        <translation>Aktörler: %1 eklendi, %2 güncellendi.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="136" />
        <source>Export actors</source>
        <translation>Aktörleri dışa aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="137" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="140" />
        <source>%d actors written.</source>
        <translation>%d aktör yazıldı.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="145" />
        <source>Suggestions failed</source>
        <translation>Öneriler başarısız</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="149" />
        <source>Suggested %1 mentions and %2 events: F8 accepts, F9 rejects.</source>
        <translation>%1 aktör anışı ve %2 olay önerildi: F8 kabul eder, F9 reddeder.</translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../../annotator/gui/annotation_commands.py" line="63" />
        <source>Add %s event</source>
        <translation>%s olayı ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_commands.py" line="68" />
        <source>Edit %s event</source>
        <translation>%s olayını düzenle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/annotation_commands.py" line="91" />
        <source>Review %n annotation(s)</source>
        <translation><numerusform>%n etiketi gözden geçir</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_commands.py" line="122" />
        <source>Delete mention</source>
        <translation>Anılan aktörü sil</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_commands.py" line="122" />
        <source>Delete event</source>
        <translation>Olayı sil</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="75" />
        <source>Select words in the Turkish or English text:
Ctrl+K tags them as an actor (F7 accepts the span proposed on the other side),
Ctrl+E starts an event with them as trigger.
In the lists: F8 accepts and F9 rejects a suggestion, Ctrl+Shift+E edits an event.</source>
        <translation>Türkçe ya da İngilizce metinde sözcükleri seçin:
Ctrl+K onları aktör olarak etiketler (F7 öbür dilde önerilen aralığı kabul eder),
Ctrl+E onları tetikleyici yaparak bir olay başlatır.
Listelerde: F8 öneriyi kabul eder, F9 reddeder, Ctrl+Shift+E olayı düzenler.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="98" />
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="98" />
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="99" />
        <source>Mentions</source>
        <translation>Anılan aktörler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="99" />
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="117" />
        <source>Tag selection as actor…</source>
        <translation>Seçimi aktör olarak etiketle…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="118" />
        <source>Accept proposed span on the other side</source>
        <translation>Öbür dilde önerilen aralığı kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="120" />
        <source>New event (selection as trigger)</source>
        <translation>Yeni olay (seçim tetikleyici olur)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="121" />
        <source>Use selection as event trigger</source>
        <translation>Seçimi olay tetikleyicisi yap</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="123" />
        <source>Edit selected event</source>
        <translation>Seçili olayı düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="125" />
        <source>Accept selected suggestion</source>
        <translation>Seçili öneriyi kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="126" />
        <source>Reject selected suggestion</source>
        <translation>Seçili öneriyi reddet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="127" />
        <source>Accept every suggestion of this sentence</source>
        <translation>Bu cümledeki bütün önerileri kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="129" />
        <source>Delete selected annotation</source>
        <translation>Seçili etiketi sil</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="406" />
        <source>Accept all suggestions of the document</source>
        <translation>Belgedeki bütün önerileri kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="264" />
        <source>Select the words that name the actor first.</source>
        <translation>Önce aktörü anan sözcükleri seçin.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="275" />
        <source>Tag %s</source>
        <translation>%s etiketle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="296" />
        <source>Proposed on the other side: “%s” — F7 accepts.</source>
        <translation>Öbür dilde önerilen: “%s” — F7 kabul eder.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="303" />
        <source>There is no proposal to accept.</source>
        <translation>Kabul edilecek öneri yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="306" />
        <source>Accept projection</source>
        <translation>Aktarımı kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="396" />
        <source>Accept all suggestions</source>
        <translation>Bütün önerileri kabul et</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="29" />
        <source>Machine translations (Alt+1…9 inserts)</source>
        <translation>Makine çevirileri (Alt+1…9 ekler)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="35" />
        <source>Changes from the MT</source>
        <translation>Makine çevirisinden farklar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="62" />
        <source>Status: %s</source>
        <translation>Durum: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="63" />
        <source>Time spent: %s</source>
        <translation>Harcanan süre: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="65" />
        <source>Edit distance: %.2f</source>
        <translation>Düzeltme uzaklığı: %.2f</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="76" />
        <source>No machine translation yet.</source>
        <translation>Henüz makine çevirisi yok.</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="52" />
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="52" />
        <source>Tr.</source>
        <translation>Çev.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="52" />
        <source>Rev.</source>
        <translation>Göz.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="54" />
        <source>Title and number of sentences</source>
        <translation>Başlık ve cümle sayısı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="54" />
        <source>% translated</source>
        <translation>% çevrildi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="55" />
        <source>% reviewed</source>
        <translation>% gözden geçirildi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="67" />
        <source>%1
Sentences: %2</source>
        <translation>%1
Cümle: %2</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="72" />
        <source>%1
id %2 · %3 % annotated</source>
        <translation>%1
kimlik %2 · %%3 etiketlendi</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="209" />
        <source>Every sentence is confirmed.</source>
        <translation>Bütün cümleler onaylandı.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="251" />
        <source>Edit sentence %d</source>
        <translation>%d. cümleyi düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="262" />
        <source>Nothing to confirm: the English is empty.</source>
        <translation>Onaylanacak bir şey yok: İngilizce boş.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="267" />
        <source>Confirm sentence %d</source>
        <translation>%d. cümleyi onayla</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="290" />
        <source>Insert into sentence %d</source>
        <translation>%d. cümleye ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="299" />
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="314" />
        <source>This sentence has no machine translation yet.</source>
        <translation>Bu cümlenin henüz makine çevirisi yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="317" />
        <source>Revert sentence %d to MT</source>
        <translation>%d. cümleyi makine çevirisine döndür</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="77" />
        <source>Save event (Ctrl+S)</source>
        <translation>Olayı kaydet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="78" />
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="92" />
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="93" />
        <source>Modes:</source>
        <translation>Kipler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="94" />
        <source>Contexts:</source>
        <translation>Bağlamlar:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="95" />
        <source>Aux:</source>
        <translation>Yardımcı kipler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="96" />
        <source>Actors:</source>
        <translation>Aktörler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="97" />
        <source>Recipients:</source>
        <translation>Alıcılar:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="98" />
        <source>Trigger:</source>
        <translation>Tetikleyici:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="99" />
        <source>Date / words:</source>
        <translation>Tarih / sözcükler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="100" />
        <source>Location:</source>
        <translation>Yer:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="101" />
        <source>Confidence:</source>
        <translation>Güven:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="102" />
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="105" />
        <source>the words it was read from</source>
        <translation>okunduğu sözcükler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="107" />
        <source>e.g. diplomatic, military</source>
        <translation>ör. diplomatic, military</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="169" />
        <source>select words, then Ctrl+G</source>
        <translation>sözcükleri seçip Ctrl+G</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="204" />
        <source>Unknown actor: %s</source>
        <translation>Bilinmeyen aktör: %s</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../annotator/gui/exchange_jobs.py" line="34" />
        <source>&amp;Export dataset…</source>
        <translation>Veri kümesini &amp;dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_jobs.py" line="36" />
        <source>Import &amp;annotations…</source>
        <translation>&amp;Etiketleri içe aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_jobs.py" line="49" />
        <source>Exporting %s</source>
        <translation>%s dışa aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_jobs.py" line="68" />
        <source>Import annotations</source>
        <translation>Etiketleri içe aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_jobs.py" line="75" />
        <source>Importing %s</source>
        <translation>%s içe aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_jobs.py" line="92" />
        <source>An export or import is running.</source>
        <translation>Bir dışa ya da içe aktarma sürüyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_jobs.py" line="101" />
        <source>Export or import stopped</source>
        <translation>Dışa ya da içe aktarma durdu</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="54" />
        <source>Export dataset</source>
        <translation>Veri kümesini dışa aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="59" />
        <source>The open document</source>
        <translation>Açık belge</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="60" />
        <source>Every document of the project</source>
        <translation>Projedeki bütün belgeler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="65" />
        <source>Every sentence (format default)</source>
        <translation>Bütün cümleler (biçimin varsayılanı)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="66" />
        <source>Translated and reviewed</source>
        <translation>Çevrilmiş ve gözden geçirilmiş</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="68" />
        <source>Reviewed only</source>
        <translation>Yalnızca gözden geçirilmiş</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="69" />
        <source>Include suggestions not yet accepted</source>
        <translation>Henüz kabul edilmemiş önerileri de kat</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="70" />
        <source>Refuse events that break the taxonomy's rules</source>
        <translation>Sınıflandırma kurallarını çiğneyen olayları reddet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="72" />
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="73" />
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="74" />
        <source>Split into train / dev / test by document</source>
        <translation>Belgeye göre eğitim / geliştirme / test olarak böl</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="83" />
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="103" />
        <source>Format:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="104" />
        <source>Documents:</source>
        <translation>Belgeler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="105" />
        <source>Sentences:</source>
        <translation>Cümleler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="108" />
        <source>Span text for doccano / Label Studio:</source>
        <translation>doccano / Label Studio için aralık metni:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="110" />
        <source>Train / dev / test:</source>
        <translation>Eğitim / geliştirme / test:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="111" />
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="112" />
        <source>Write to:</source>
        <translation>Yazılacak dosya:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="146" />
        <source>Export to</source>
        <translation>Dışa aktarılacak yer</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="22" />
        <source>Find in Turkish and English (Ctrl+F)</source>
        <translation>Türkçe ve İngilizcede ara (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="25" />
        <source>All statuses</source>
        <translation>Bütün durumlar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="28" />
        <source>Edit all parts</source>
        <translation>Bütün bölümleri düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="30" />
        <source>Also stop on and edit footnotes, bio, citation and other non-body parts</source>
        <translation>Dipnot, yazar bilgisi, atıf ve gövde dışındaki öteki bölümlerde de dur ve düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="52" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../annotator/gui/jobs.py" line="63" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/jobs.py" line="82" />
        <source>%s (stopping…)</source>
        <translation>%s (durduruluyor…)</translation>
    </message>
</context>
<context>
    <name>MTSettingsDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="37" />
        <source>Machine translation settings</source>
        <translation>Makine çevirisi ayarları</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="45" />
        <source>model folder or .argosmodel file</source>
        <translation>model klasörü ya da .argosmodel dosyası</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="46" />
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="60" />
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="61" />
        <source>Server URL:</source>
        <translation>Sunucu adresi:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="62" />
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="63" />
        <source>API key:</source>
        <translation>API anahtarı:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="65" />
        <source>Parallel requests:</source>
        <translation>Eşzamanlı istek:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="92" />
        <source>This engine needs no key.</source>
        <translation>Bu motor anahtar gerektirmez.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="94" />
        <source>No key stored. Type one to keep it in the system keyring, or set %s.</source>
        <translation>Kayıtlı anahtar yok. Sistem anahtarlığında saklamak için yazın ya da %s değişkenini tanımlayın.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="97" />
        <source>A key is stored (%s); type a new one to replace it.</source>
        <translation>Bir anahtar kayıtlı (%s); değiştirmek için yenisini yazın.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="102" />
        <source>Choose a model</source>
        <translation>Model seçin</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="103" />
        <source>Argos model (*.argosmodel);;CTranslate2 model.bin (model.bin)</source>
        <translation>Argos modeli (*.argosmodel);;CTranslate2 model.bin (model.bin)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="114" />
        <source>Key not stored</source>
        <translation>Anahtar saklanamadı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="62" />
        <source>Annotator — %s</source>
        <translation>Annotator — %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="114" />
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="115" />
        <source>&amp;Import documents…</source>
        <translation>&amp;Belge içe aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="118" />
        <source>Open the &amp;sample commentary</source>
        <translation>Ö&amp;rnek yorumu aç</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="122" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="125" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="127" />
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="128" />
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="129" />
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="139" />
        <source>&amp;Annotate</source>
        <translation>&amp;Etiketle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="140" />
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="141" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="144" />
        <source>&amp;About Annotator</source>
        <translation>Annotator &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="138" />
        <source>&amp;Translate</source>
        <translation>Çe&amp;viri</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/main_window.py" line="185" />
        <source>Importing %n file(s)</source>
        <translation><numerusform>%n dosya içe aktarılıyor</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="212" />
        <source>Sample missing</source>
        <translation>Örnek bulunamadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="213" />
        <source>The sample commentary is not installed.</source>
        <translation>Örnek yorum kurulu değil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/main_window.py" line="223" />
        <source>Imported %n document(s)</source>
        <translation><numerusform>%n belge içe aktarıldı</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="225" />
        <source>Some files were not imported</source>
        <translation>Bazı dosyalar içe aktarılamadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="229" />
        <source>Import failed</source>
        <translation>İçe aktarma başarısız</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="234" />
        <source>Import documents</source>
        <translation>Belge içe aktar</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="78" />
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="79" />
        <source>byline</source>
        <translation>yazar satırı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="80" />
        <source>body</source>
        <translation>gövde</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="81" />
        <source>footnote</source>
        <translation>dipnot</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="82" />
        <source>reference</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="83" />
        <source>bio</source>
        <translation>yazar bilgisi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="84" />
        <source>citation</source>
        <translation>atıf</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="85" />
        <source>caption</source>
        <translation>resim altı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="86" />
        <source>boilerplate</source>
        <translation>künye</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="151" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="151" />
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="151" />
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="151" />
        <source>Part</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="152" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="172" />
        <source>Part: %s</source>
        <translation>Bölüm: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="190" />
        <source>MT failed</source>
        <translation>MÇ başarısız</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="24" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="26" />
        <source>Recorded with every edit and annotation</source>
        <translation>Her düzeltme ve etiketle birlikte kaydedilir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="35" />
        <source>A new language applies the next time you start.</source>
        <translation>Yeni dil, uygulama bir sonraki açılışta geçerli olur.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="40" />
        <source>Your name:</source>
        <translation>Adınız:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="41" />
        <source>Interface language:</source>
        <translation>Arayüz dili:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="43" />
        <source>Text size:</source>
        <translation>Yazı boyutu:</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../../annotator/gui/dialogs/shortcuts_dialog.py" line="38" />
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/shortcuts_dialog.py" line="38" />
        <source>Command</source>
        <translation>Komut</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="48" />
        <source>Confirm and go to next unconfirmed</source>
        <translation>Onayla ve onaylanmamış sonraki cümleye git</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="50" />
        <source>Mark reviewed and go to next</source>
        <translation>Gözden geçirildi olarak işaretle ve sonrakine git</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="53" />
        <source>Insert machine translation</source>
        <translation>Makine çevirisini ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="55" />
        <source>Copy source to English</source>
        <translation>Kaynağı İngilizceye kopyala</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="57" />
        <source>Revert to machine translation</source>
        <translation>Makine çevirisine geri dön</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="59" />
        <source>Next sentence</source>
        <translation>Sonraki cümle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="61" />
        <source>Previous sentence</source>
        <translation>Önceki cümle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="63" />
        <source>Next unconfirmed sentence</source>
        <translation>Onaylanmamış sonraki cümle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="65" />
        <source>Find and filter</source>
        <translation>Ara ve süz</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="67" />
        <source>Show all statuses</source>
        <translation>Bütün durumları göster</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="72" />
        <source>Show only: %s</source>
        <translation>Yalnızca göster: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="76" />
        <source>Insert machine translation %d</source>
        <translation>%d. makine çevirisini ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="84" />
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="86" />
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="110" />
        <source>In the event frame: pick the type / next field / save / close</source>
        <translation>Olay çerçevesinde: türü seç / sonraki alan / kaydet / kapat</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="111" />
        <source>number keys / Tab / Ctrl+S / Escape</source>
        <translation>sayı tuşları / Tab / Ctrl+S / Escape</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="105" />
        <source>Edit the English</source>
        <translation>İngilizceyi düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="105" />
        <source>F2, or start typing</source>
        <translation>F2 ya da yazmaya başlayın</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="106" />
        <source>In the editor: keep text / new line / discard</source>
        <translation>Düzenleyicide: metni koru / yeni satır / vazgeç</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="107" />
        <source>Enter / Shift+Enter / Escape</source>
        <translation>Enter / Shift+Enter / Escape</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="108" />
        <source>Insert machine translation 1…9 from the detail pane</source>
        <translation>Ayrıntı panelinden 1…9. makine çevirisini ekle</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/shortcuts_dialog.py" line="52" />
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="66" />
        <source>untranslated</source>
        <translation>çevrilmedi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="67" />
        <source>mt</source>
        <translation>mç</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="68" />
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="69" />
        <source>translated</source>
        <translation>çevrildi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="70" />
        <source>reviewed</source>
        <translation>gözden geçirildi</translation>
    </message>
</context>
<context>
    <name>TranslationMenu</name>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="32" />
        <source>Machine translation</source>
        <translation>Makine çevirisi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="34" />
        <source>Translate &amp;document</source>
        <translation>&amp;Belgeyi çevir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="36" />
        <source>Translate &amp;selected sentences</source>
        <translation>&amp;Seçili cümleleri çevir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="38" />
        <source>&amp;Retry failed sentences</source>
        <translation>&amp;Başarısız cümleleri yeniden dene</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="40" />
        <source>&amp;Cancel translation</source>
        <translation>Çeviriyi &amp;iptal et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="43" />
        <source>Machine translation &amp;settings…</source>
        <translation>Makine çevirisi &amp;ayarları…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="53" />
        <source>Translating the document</source>
        <translation>Belge çevriliyor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/translation_menu.py" line="61" />
        <source>Translating %n sentence(s)</source>
        <translation><numerusform>%n cümle çevriliyor</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="69" />
        <source>Retrying failed sentences</source>
        <translation>Başarısız cümleler yeniden deneniyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="82" />
        <source>A translation is already running.</source>
        <translation>Zaten bir çeviri sürüyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="95" />
        <source>Machine translation is not set up: %s</source>
        <translation>Makine çevirisi ayarlı değil: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="98" />
        <source>Machine translation stopped: %s</source>
        <translation>Makine çevirisi durdu: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="101" />
        <source>%1: %2 of %3 sentences translated (%4 from the cache).</source>
        <translation>%1: %3 cümlenin %2 tanesi çevrildi (%4 tanesi önbellekten).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="107" />
        <source>No connection: %s</source>
        <translation>Bağlantı yok: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="111" />
        <source>%d sentences were not sent.</source>
        <translation>%d cümle gönderilmedi.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../annotator/gui/widgets/welcome_panel.py" line="17" />
        <source>This project has no documents yet</source>
        <translation>Bu projede henüz belge yok</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/welcome_panel.py" line="23" />
        <source>Import a Turkish commentary (text, Markdown, Word, web page or PDF), or start with the sample commentary that ships with Annotator.</source>
        <translation>Türkçe bir yorum içe aktarın (metin, Markdown, Word, web sayfası ya da PDF) veya Annotator ile gelen örnek yorumla başlayın.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/welcome_panel.py" line="26" />
        <source>Open the sample commentary</source>
        <translation>Örnek yorumu aç</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/welcome_panel.py" line="27" />
        <source>Import a document…</source>
        <translation>Belge içe aktar…</translation>
    </message>
</context>
</TS>