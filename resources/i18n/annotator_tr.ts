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
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="51" />
        <source>Which actor is this?</source>
        <translation>Bu hangi aktör?</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="56" />
        <source>Enter takes the highlighted actor. No match? Fill in country and sector below to add a new one.</source>
        <translation>Enter seçili aktörü alır. Uyan yok mu? Yeni aktör eklemek için aşağıya ülke ve sektör girin.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="59" />
        <source>1–9 take the numbered actor of this sentence at once; typing searches the whole registry.</source>
        <translation>1–9 bu cümlenin numaralı aktörünü hemen seçer; yazmaya başlayınca tüm kayıtta aranır.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="71" />
        <source>Country code:</source>
        <translation>Ülke kodu:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="72" />
        <source>Sector:</source>
        <translation>Sektör:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_picker.py" line="133" />
        <source>Actor not added</source>
        <translation>Aktör eklenmedi</translation>
    </message>
</context>
<context>
    <name>ActorRegistryDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="39" />
        <source>Actor registry</source>
        <translation>Aktör kaydı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="41" />
        <source>Find actors (name, alias or id)</source>
        <translation>Aktör bul (ad, takma ad ya da kimlik)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="55" />
        <source>Merge into…</source>
        <translation>Şununla birleştir…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="56" />
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="89" />
        <source>Not merged</source>
        <translation>Birleştirilmedi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="101" />
        <source>Merge actors</source>
        <translation>Aktörleri birleştir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="102" />
        <source>Merge %1 into %2? Its mentions and event roles move to %2.</source>
        <translation>%1, %2 ile birleştirilsin mi? Anılışları ve olaylardaki rolleri %2 aktörüne geçer.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/actor_registry_dialog.py" line="112" />
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
    <name>AgreementDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_dialog.py" line="40" />
        <source>Agreement between annotators</source>
        <translation>Etiketleyenler arası uyum</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_dialog.py" line="45" />
        <source>Every document together</source>
        <translation>Tüm belgeler birlikte</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_dialog.py" line="50" />
        <source>Nothing to compare yet: agreement needs two people who annotated (accepted or rejected annotations) or translated the same document.</source>
        <translation>Henüz karşılaştırılacak bir şey yok: uyum için aynı belgeyi etiketlemiş (kabul ya da ret kararı vermiş) ya da çevirmiş iki kişi gerekir.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_dialog.py" line="55" />
        <source>Event types: Cohen's κ per pair of annotators</source>
        <translation>Olay tipleri: her etiketleyen çifti için Cohen κ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_dialog.py" line="71" />
        <source>&amp;Documents:</source>
        <translation>&amp;Belgeler:</translation>
    </message>
</context>
<context>
    <name>AgreementHeatMap</name>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_heat_map.py" line="96" />
        <location filename="../../annotator/gui/dialogs/agreement_heat_map.py" line="153" />
        <location filename="../../annotator/gui/dialogs/agreement_heat_map.py" line="168" />
        <source>undefined</source>
        <translation>tanımsız</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_heat_map.py" line="104" />
        <source>Cohen's κ: ≤ 0 chance, 1 full agreement</source>
        <translation>Cohen κ: ≤ 0 rastlantı düzeyi, 1 tam uyum</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_heat_map.py" line="107" />
        <source>not used by the pair</source>
        <translation>çift bu tipi kullanmadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_heat_map.py" line="166" />
        <source>%1, %2: neither used this type in the sentences both annotated</source>
        <translation>%1, %2: ikisinin de etiketlediği cümlelerde bu tipi ikisi de kullanmadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/agreement_heat_map.py" line="169" />
        <source>%1, %2: κ = %3 over %4 sentences</source>
        <translation>%1, %2: %4 cümlede κ = %3</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="26" />
        <source>Mentions, F1 (exact spans)</source>
        <translation>Anmalar, F1 (aynı aralık)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="27" />
        <source>Mentions, F1 (overlapping spans)</source>
        <translation>Anmalar, F1 (örtüşen aralık)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="28" />
        <source>Event types, Cohen's κ</source>
        <translation>Olay tipleri, Cohen κ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="29" />
        <source>Event types, Krippendorff's α</source>
        <translation>Olay tipleri, Krippendorff α</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="30" />
        <source>Event frames, slots agreeing</source>
        <translation>Olay çerçeveleri, uyuşan alanlar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="31" />
        <source>Event frames, same actors</source>
        <translation>Olay çerçeveleri, aynı aktörler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="32" />
        <source>Event frames, same recipients</source>
        <translation>Olay çerçeveleri, aynı alıcılar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="33" />
        <source>Event frames, same date</source>
        <translation>Olay çerçeveleri, aynı tarih</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="34" />
        <source>Translations, chrF</source>
        <translation>Çeviriler, chrF</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="35" />
        <source>Translations, TER</source>
        <translation>Çeviriler, TER</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="23" />
        <source>Measure</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="23" />
        <source>Annotators</source>
        <translation>Etiketleyenler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="23" />
        <source>Event type</source>
        <translation>Olay tipi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="24" />
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="24" />
        <source>Items</source>
        <translation>Öğe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="64" />
        <source>every type</source>
        <translation>her tip</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/agreement_table_model.py" line="67" />
        <source>undefined</source>
        <translation>tanımsız</translation>
    </message>
</context>
<context>
    <name>AnnotateMenu</name>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="49" />
        <source>&amp;Suggest actors and events for this document</source>
        <translation>Bu belge için aktör ve olay ö&amp;ner</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="51" />
        <source>Accept every suggestion of this &amp;document</source>
        <translation>Bu &amp;belgedeki bütün önerileri kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="53" />
        <source>T&amp;rain the recommender</source>
        <translation>Öneri modelini &amp;eğit</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="56" />
        <source>&amp;Find annotations…</source>
        <translation>Etiketlerde &amp;ara…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="57" />
        <source>A&amp;greement…</source>
        <translation>&amp;Uyum…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="58" />
        <source>C&amp;urate…</source>
        <translation>&amp;Düzelt ve birleştir…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="60" />
        <source>Default &amp;contexts of this document…</source>
        <translation>Bu belgenin varsayılan &amp;bağlamları…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="62" />
        <source>Use a &amp;taxonomy file…</source>
        <translation>Bir &amp;sınıflandırma dosyası kullan…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="63" />
        <source>Use the bundled &amp;PLOVER taxonomy</source>
        <translation>Uygulamayla gelen &amp;PLOVER sınıflandırmasını kullan</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="66" />
        <source>Actor &amp;registry…</source>
        <translation>Aktör &amp;kaydı…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="67" />
        <source>&amp;Import actors from CSV…</source>
        <translation>Aktörleri CSV'den &amp;içe aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="68" />
        <source>E&amp;xport actors to CSV…</source>
        <translation>Aktörleri CSV'ye &amp;dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="83" />
        <source>Suggesting actors and events</source>
        <translation>Aktör ve olay öneriliyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="112" />
        <source>Training the recommender</source>
        <translation>Öneri modeli eğitiliyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="124" />
        <source>Recommender trained on %1 reviewed sentences (%2 types, F1 %3); suggestions now include its events.</source>
        <translation>Öneri modeli %1 gözden geçirilmiş cümleyle eğitildi (%2 tür, F1 %3); öneriler artık onun olaylarını da içeriyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="147" />
        <source>Accepted %d suggestions.</source>
        <translation>%d öneri kabul edildi.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="158" />
        <source>Default contexts</source>
        <translation>Varsayılan bağlamlar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="159" />
        <source>Contexts for new events of this document, separated by commas (%s):</source>
        <translation>Bu belgenin yeni olayları için bağlamlar, virgülle ayrılmış (%s):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="167" />
        <source>Taxonomy file</source>
        <translation>Sınıflandırma dosyası</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="168" />
        <source>Taxonomy (*.toml);;All files (*)</source>
        <translation>Sınıflandırma (*.toml);;Bütün dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="173" />
        <source>Taxonomy not used</source>
        <translation>Sınıflandırma kullanılmadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="174" />
        <source>This project now uses %s.</source>
        <translation>Bu proje artık %s kullanıyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="186" />
        <source>Computing agreement</source>
        <translation>Uyum hesaplanıyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="212" />
        <source>Import actors</source>
        <translation>Aktörleri içe aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="213" />
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Bütün dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="218" />
        <source>Actors not imported</source>
        <translation>Aktörler içe aktarılmadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="221" />
        <source>Actors: %1 added, %2 updated.</source>
        <translation>Aktörler: %1 eklendi, %2 güncellendi.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="227" />
        <source>Export actors</source>
        <translation>Aktörleri dışa aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="228" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="234" />
        <source>%d actors written.</source>
        <translation>%d aktör yazıldı.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotate_menu.py" line="140" />
        <source>Suggested %1 mentions and %2 events: F8 accepts, F9 rejects.</source>
        <translation>%1 aktör anışı ve %2 olay önerildi: F8 kabul eder, F9 reddeder.</translation>
    </message>
</context>
<context>
    <name>AnnotationHitModel</name>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="24" />
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="24" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="24" />
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="25" />
        <source>Type or actor</source>
        <translation>Tip ya da aktör</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="25" />
        <source>Words</source>
        <translation>Sözcükler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="26" />
        <source>Actors → recipients</source>
        <translation>Aktörler → alıcılar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="26" />
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="26" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="27" />
        <source>Annotator</source>
        <translation>Etiketleyen</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="39" />
        <source>event</source>
        <translation>olay</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="39" />
        <source>mention</source>
        <translation>anma</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="42" />
        <source>suggested</source>
        <translation>önerilmiş</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="42" />
        <source>accepted</source>
        <translation>kabul edilmiş</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/annotation_hit_model.py" line="43" />
        <source>rejected</source>
        <translation>reddedilmiş</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="76" />
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
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="99" />
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="99" />
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="100" />
        <source>Mentions</source>
        <translation>Anılan aktörler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="100" />
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="118" />
        <source>Tag selection as actor…</source>
        <translation>Seçimi aktör olarak etiketle…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="119" />
        <source>Accept proposed span on the other side</source>
        <translation>Öbür dilde önerilen aralığı kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="121" />
        <source>New event (selection as trigger)</source>
        <translation>Yeni olay (seçim tetikleyici olur)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="122" />
        <source>Use selection as event trigger</source>
        <translation>Seçimi olay tetikleyicisi yap</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="124" />
        <source>Edit selected event</source>
        <translation>Seçili olayı düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="126" />
        <source>Accept selected suggestion</source>
        <translation>Seçili öneriyi kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="127" />
        <source>Reject selected suggestion</source>
        <translation>Seçili öneriyi reddet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="128" />
        <source>Accept every suggestion of this sentence</source>
        <translation>Bu cümledeki bütün önerileri kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="130" />
        <source>Delete selected annotation</source>
        <translation>Seçili etiketi sil</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="146" />
        <source>The Turkish source cannot be changed; select words here to annotate them.</source>
        <translation>Türkçe kaynak değiştirilemez; etiketlemek için burada sözcükleri seçin.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="148" />
        <source>The English is edited in the grid above: press F2 there. Here you select words to annotate them.</source>
        <translation>İngilizce yukarıdaki tabloda düzenlenir: orada F2'ye basın. Burada etiketlemek için sözcük seçersiniz.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="385" />
        <source>Edit %s event</source>
        <translation>%s olayını düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="385" />
        <source>Add %s event</source>
        <translation>%s olayı ekle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="416" />
        <source>Review %n annotation(s)</source>
        <translation><numerusform>%n etiketi gözden geçir</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="447" />
        <source>Accept all suggestions of the document</source>
        <translation>Belgedeki bütün önerileri kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="462" />
        <source>Delete mention</source>
        <translation>Anılan aktörü sil</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="463" />
        <source>Delete event</source>
        <translation>Olayı sil</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="272" />
        <source>Select the words that name the actor first.</source>
        <translation>Önce aktörü anan sözcükleri seçin.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="284" />
        <source>Tag %s</source>
        <translation>%s etiketle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="316" />
        <source>Proposed on the other side: “%s” — F7 accepts.</source>
        <translation>Öbür dilde önerilen: “%s” — F7 kabul eder.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="323" />
        <source>There is no proposal to accept.</source>
        <translation>Kabul edilecek öneri yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="326" />
        <source>Accept projection</source>
        <translation>Aktarımı kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_panel.py" line="440" />
        <source>Accept all suggestions</source>
        <translation>Bütün önerileri kabul et</translation>
    </message>
</context>
<context>
    <name>AnnotationSearchPane</name>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="73" />
        <source>Events and mentions</source>
        <translation>Olaylar ve anmalar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="73" />
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="74" />
        <source>Mentions</source>
        <translation>Anmalar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="78" />
        <source>Any status</source>
        <translation>Her durum</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="78" />
        <source>Suggested</source>
        <translation>Önerilmiş</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="79" />
        <source>Accepted</source>
        <translation>Kabul edilmiş</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="79" />
        <source>Rejected</source>
        <translation>Reddedilmiş</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="82" />
        <source>actor ids, e.g. USA TUR</source>
        <translation>aktör kimlikleri, ör. USA TUR</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="84" />
        <source>recipient ids</source>
        <translation>alıcı kimlikleri</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="86" />
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="88" />
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-AA-GG, YYYY-AA ya da YYYY</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="90" />
        <source>annotators</source>
        <translation>etiketleyenler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="91" />
        <source>&amp;Search</source>
        <translation>A&amp;ra</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="122" />
        <source>&amp;Kind</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="122" />
        <source>&amp;Type</source>
        <translation>&amp;Olay tipi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="123" />
        <source>A&amp;ctor</source>
        <translation>A&amp;ktör</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="123" />
        <source>&amp;Recipient</source>
        <translation>A&amp;lıcı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="127" />
        <source>&amp;From</source>
        <translation>&amp;Başlangıç</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="127" />
        <source>T&amp;o</source>
        <translation>B&amp;itiş</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="128" />
        <source>Stat&amp;us</source>
        <translation>&amp;Durum</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="129" />
        <source>A&amp;nnotator</source>
        <translation>&amp;Etiketleyen</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="153" />
        <source>Any type</source>
        <translation>Her tip</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="177" />
        <source>Find annotations</source>
        <translation>Etiket ara</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="191" />
        <source>Choose filters and press Enter; Enter on a hit goes to its sentence.</source>
        <translation>Süzgeçleri seçip Enter'a basın; bir sonuçta Enter cümlesine gider.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="194" />
        <source>The first %n hits; narrow the search to see the rest.</source>
        <translation><numerusform>İlk %n sonuç; gerisini görmek için aramayı daraltın.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/annotation_search_pane.py" line="197" />
        <source>%n hit(s)</source>
        <translation><numerusform>%n sonuç</numerusform></translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/concordance_dialog.py" line="30" />
        <source>Concordance</source>
        <translation>Bağlam araması</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/concordance_dialog.py" line="32" />
        <source>A Turkish or English phrase</source>
        <translation>Türkçe ya da İngilizce bir ifade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/dialogs/concordance_dialog.py" line="54" />
        <source>%n hit(s)</source>
        <translation><numerusform>%n sonuç</numerusform></translation>
    </message>
</context>
<context>
    <name>CurationDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="65" />
        <source>Curate annotations</source>
        <translation>Etiketleri birleştir (küratörlük)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="80" />
        <source>Take %1's (%2)</source>
        <translation>Al: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="85" />
        <source>Curated</source>
        <translation>Birleştirilmiş</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="89" />
        <source>Take &amp;selected</source>
        <translation>&amp;Seçilenleri al</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="90" />
        <source>&amp;Accept all agreeing sentences</source>
        <translation>Uyuşan tüm cümleleri &amp;kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="157" />
        <source>Nothing to curate: curation needs two people who annotated this document (accepted or rejected annotations).</source>
        <translation>Birleştirilecek bir şey yok: bunun için bu belgeyi etiketlemiş (kabul ya da ret kararı vermiş) iki kişi gerekir.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="161" />
        <source>%1 sentences: %2 curated, %3 where all agree to accept in bulk, %4 that differ.</source>
        <translation>%1 cümle: %2 birleştirildi, %3 cümlede herkes uyuşuyor (toplu kabul edilebilir), %4 cümlede farklar var.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="181" />
        <source>Take %s's version</source>
        <translation>%s sürümünü al</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="189" />
        <source>Check the mentions and events to take first.</source>
        <translation>Önce alınacak anmaları ve olayları işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="192" />
        <source>Merge annotations</source>
        <translation>Etiketleri birleştir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="199" />
        <source>Accept agreeing sentences</source>
        <translation>Uyuşan cümleleri kabul et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/curation_dialog.py" line="201" />
        <source>Curated %d sentences where all annotators agree.</source>
        <translation>Tüm etiketleyenlerin uyuştuğu %d cümle birleştirildi.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="43" />
        <source>Machine translations (Alt+1…9 inserts)</source>
        <translation>Makine çevirileri (Alt+1…9 ekler)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="50" />
        <source>Changes from the MT</source>
        <translation>Makine çevirisinden farklar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="112" />
        <source>Status: %s</source>
        <translation>Durum: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="113" />
        <source>Time spent: %s</source>
        <translation>Harcanan süre: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="115" />
        <source>Edit distance: %.2f</source>
        <translation>Düzeltme uzaklığı: %.2f</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/detail_pane.py" line="133" />
        <source>No machine translation yet.</source>
        <translation>Henüz makine çevirisi yok.</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../annotator/gui/widgets/document_list.py" line="46" />
        <source>Filter: title, author, date</source>
        <translation>Süz: başlık, yazar, tarih</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/document_list.py" line="49" />
        <source>Show the documents whose title, author or date contain every word typed (Esc clears)</source>
        <translation>Başlığında, yazarında ya da tarihinde yazılan her sözcük geçen belgeleri göster (Esc temizler)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/document_list.py" line="53" />
        <source>Documents shown, of the documents in the project</source>
        <translation>Gösterilen belgeler, projedeki belgeler içinde</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/document_list.py" line="132" />
        <source>Documents: %1 of %2</source>
        <translation>Belge: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/document_list.py" line="135" />
        <source>Documents: %1</source>
        <translation>Belge: %1</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="249" />
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="249" />
        <source>Tr.</source>
        <translation>Çev.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="249" />
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="250" />
        <source>Rev.</source>
        <translation>Göz.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="252" />
        <source>Title and number of sentences; click to sort by title</source>
        <translation>Başlık ve cümle sayısı; başlığa göre sıralamak için tıklayın</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="253" />
        <source>Publication date, else the day of import (in italics); click to sort by date</source>
        <translation>Yayın tarihi, yoksa içe aktarma günü (italik); tarihe göre sıralamak için tıklayın</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="255" />
        <source>% translated, of the parts meant to be translated; click to sort</source>
        <translation>Çevrilen %, çevrilecek bölümler içinde; sıralamak için tıklayın</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="256" />
        <source>% reviewed, of the parts meant to be translated; click to sort</source>
        <translation>Gözden geçirilen %, çevrilecek bölümler içinde; sıralamak için tıklayın</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="295" />
        <source>Published %1</source>
        <translation>Yayın tarihi: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="296" />
        <source>Imported %1 (no publication date)</source>
        <translation>İçe aktarma: %1 (yayın tarihi yok)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="298" />
        <source>%1
by %2</source>
        <translation>%1
yazan: %2</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="300" />
        <source>%1
id %2 · %3 % annotated
%4 of %5 sentences are meant to be translated</source>
        <translation>%1
kimlik %2 · %%3 işaretlendi
%5 cümlenin %4 tanesi çevrilecek</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/document_list_model.py" line="287" />
        <source>%1
Sentences: %2</source>
        <translation>%1
Cümle: %2</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="54" />
        <source>Document properties</source>
        <translation>Belge özellikleri</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="62" />
        <source>Author:</source>
        <translation>Yazar:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="63" />
        <source>Publisher:</source>
        <translation>Yayımcı:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="64" />
        <source>Published:</source>
        <translation>Yayım tarihi:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="65" />
        <source>Source file:</source>
        <translation>Kaynak dosya:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="66" />
        <source>Imported:</source>
        <translation>İçe aktarıldı:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="68" />
        <source>Sentences:</source>
        <translation>Cümle:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="69" />
        <source>Words:</source>
        <translation>Sözcük:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="71" />
        <source>Parts meant to be translated, by status</source>
        <translation>Çevrilecek bölümler, duruma göre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="73" />
        <source>Sentences</source>
        <translation>Cümle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="74" />
        <source>Words</source>
        <translation>Sözcük</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="78" />
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="85" />
        <source>Parts meant to be translated (every document)</source>
        <translation>Çevrilecek bölümler (bütün belgeler)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="94" />
        <source>Progress in the document list counts these parts only.</source>
        <translation>Belge listesindeki ilerleme yalnızca bu bölümleri sayar.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="120" />
        <location filename="../../annotator/gui/dialogs/document_properties_dialog.py" line="123" />
        <source>%1 (%2 to translate)</source>
        <translation>%1 (%2 tanesi çevrilecek)</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="264" />
        <source>Every sentence is confirmed.</source>
        <translation>Bütün cümleler onaylandı.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="321" />
        <source>Edit sentence %d</source>
        <translation>%d. cümleyi düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="332" />
        <source>Nothing to confirm: the English is empty.</source>
        <translation>Onaylanacak bir şey yok: İngilizce boş.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="339" />
        <source>Confirm sentence %d</source>
        <translation>%d. cümleyi onayla</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="357" />
        <source>Confirm with QA errors?</source>
        <translation>QA hatalarıyla onaylansın mı?</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="358" />
        <source>Sentence %1 has QA errors:</source>
        <translation>%1. cümlede QA hataları var:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="360" />
        <source>Confirm it anyway?</source>
        <translation>Yine de onaylansın mı?</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="368" />
        <source>Fill repetitions of sentence %d</source>
        <translation>%d. cümlenin tekrarlarını doldur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="370" />
        <source>%n repetition(s) filled as draft.</source>
        <translation><numerusform>%n tekrar taslak olarak dolduruldu.</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="389" />
        <source>Insert into sentence %d</source>
        <translation>%d. cümleye ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="398" />
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="413" />
        <source>This sentence has no machine translation yet.</source>
        <translation>Bu cümlenin henüz makine çevirisi yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="416" />
        <source>Revert sentence %d to MT</source>
        <translation>%d. cümleyi makine çevirisine döndür</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="424" />
        <source>There is no memory match %d.</source>
        <translation>%d numaralı bellek eşleşmesi yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="432" />
        <source>There is no glossary term %d with English.</source>
        <translation>İngilizcesi olan %d numaralı sözlük terimi yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="452" />
        <source>No glossary term in this sentence.</source>
        <translation>Bu cümlede sözlük terimi yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="486" />
        <source>Add term “%s”</source>
        <translation>“%s” terimini ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="530" />
        <source>The regular expression is not valid: %s</source>
        <translation>Düzenli ifade geçerli değil: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="561" />
        <source>Type what to find first.</source>
        <translation>Önce aranacak metni yazın.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="578" />
        <source>The replacement is not valid: %s</source>
        <translation>Yerine konacak metin geçerli değil: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="581" />
        <source>No match in the English here.</source>
        <translation>Buradaki İngilizcede eşleşme yok.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="585" />
        <source>Replace in %n sentence(s)</source>
        <translation><numerusform>%n cümlede değiştir</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/editor_panel.py" line="588" />
        <source>Replaced in %n sentence(s).</source>
        <translation><numerusform>%n cümlede değiştirildi.</numerusform></translation>
    </message>
</context>
<context>
    <name>EngineCompareView</name>
    <message>
        <location filename="../../annotator/gui/widgets/engine_compare.py" line="45" />
        <source>Engines compared</source>
        <translation>Motorlar karşılaştırmalı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/engine_compare.py" line="47" />
        <source>disagreement %.0f/100</source>
        <translation>ayrışma %.0f/100</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/engine_compare.py" line="50" />
        <source>Words that differ from the other engines' output are highlighted; 0 means the outputs are identical</source>
        <translation>Diğer motorların çıktısından farklı sözcükler vurgulanır; 0, çıktıların aynı olduğu anlamına gelir</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../annotator/app.py" line="117" />
        <source>The project cannot be opened</source>
        <translation>Proje açılamıyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/crash_report.py" line="53" />
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="8" />
        <source>--db needs a file name.</source>
        <translation>--db için bir dosya adı gerekli.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="9" />
        <source>{path}: no such file.</source>
        <translation>{path}: böyle bir dosya yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="10" />
        <source>{path}: is a folder, not a file.</source>
        <translation>{path}: bir dosya değil, bir klasör.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="11" />
        <source>{path}: cannot be read ({detail}).</source>
        <translation>{path}: okunamıyor ({detail}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="12" />
        <source>{path}: more than {megabytes} MB of text.</source>
        <translation>{path}: {megabytes} MB'tan fazla metin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="13" />
        <source>{path}: not UTF-8 text (convert it or use `annotator import`).</source>
        <translation>{path}: UTF-8 metin değil (dönüştürün ya da `annotator import` kullanın).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="15" />
        <source>{path} could not be used: {detail}.</source>
        <translation>{path} kullanılamadı: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="16" />
        <source>The operating system reported an error: {detail}.</source>
        <translation>İşletim sistemi bir hata bildirdi: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="18" />
        <source>{name}={value} is not valid: give the number of milliseconds to wait for another program writing to the project (0 or more).</source>
        <translation>{name}={value} geçerli değil: projeye yazan başka bir programın ne kadar bekleneceğini milisaniye olarak verin (0 ya da daha fazla).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/cli.py" line="21" />
        <source>Something went wrong inside Annotator ({detail}). Your saved work is safe. Run the command again with ANNOTATOR_DEBUG=1 to see the details.</source>
        <translation>Annotator'ın içinde bir şeyler ters gitti ({detail}). Kaydedilmiş çalışmanız güvende. Ayrıntıları görmek için komutu ANNOTATOR_DEBUG=1 ile yeniden çalıştırın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="15" />
        <source>There is no export format “{name}” (the formats are {known}).</source>
        <translation>“{name}” adında bir dışa aktarma biçimi yok (biçimler: {known}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="17" />
        <source>The side to export must be tr or en, not “{side}”.</source>
        <translation>Dışa aktarılacak taraf tr ya da en olmalı, “{side}” olamaz.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="19" />
        <source>--split “{split}”: give whole percentages such as 80/10/10.</source>
        <translation>--split “{split}”: 80/10/10 gibi tam sayı yüzdeler verin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="21" />
        <source>--split “{split}”: give two or three percentages summing to 100.</source>
        <translation>--split “{split}”: toplamı 100 eden iki ya da üç yüzde verin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="23" />
        <source>No document matches “{ref}” (see `annotator docs`); nothing was exported.</source>
        <translation>“{ref}” ile eşleşen bir belge yok (`annotator docs` komutuna bakın); hiçbir şey dışa aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="25" />
        <source>“{ref}” matches several documents: {ids}; nothing was exported.</source>
        <translation>“{ref}” birden çok belgeyle eşleşiyor: {ids}; hiçbir şey dışa aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="27" />
        <source>Nothing was exported: events break the taxonomy's rules ({count} problem(s)): {problems}</source>
        <translation>Hiçbir şey dışa aktarılmadı: olaylar sınıflandırmanın kurallarına uymuyor ({count} sorun): {problems}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="30" />
        <source>Nothing was exported: events break the taxonomy's rules ({count} problems; the first {listed}): {problems}</source>
        <translation>Hiçbir şey dışa aktarılmadı: olaylar sınıflandırmanın kurallarına uymuyor ({count} sorun; ilk {listed} tanesi): {problems}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="33" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir dosya yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="36" />
        <source>There is no article format “{name}” (the formats are {known}).</source>
        <translation>“{name}” adında bir makale biçimi yok (biçimler: {known}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="38" />
        <source>--format {format} writes one document: name it with --doc DOC.</source>
        <translation>--format {format} tek bir belge yazar: belgeyi --doc DOC ile belirtin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="40" />
        <source>--format {format} writes one document, not {count}: give one --doc.</source>
        <translation>--format {format} tek bir belge yazar, {count} değil: tek bir --doc verin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="42" />
        <source>{option} does not apply to --format {format}, which writes the whole document.</source>
        <translation>{option}, belgenin tamamını yazan --format {format} için geçerli değildir.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="46" />
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} bir klasör; dışa aktarmak için bir dosya adı verin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="48" />
        <source>{path} is not a plain file; give another file name to export to.</source>
        <translation>{path} sıradan bir dosya değil; dışa aktarmak için başka bir dosya adı verin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="50" />
        <source>The folder {folder} does not exist; nothing was exported.</source>
        <translation>{folder} klasörü yok; hiçbir şey dışa aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="52" />
        <source>{path} cannot be written: {detail}.</source>
        <translation>{path} yazılamıyor: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="55" />
        <source>{where}: there is no such file.</source>
        <translation>{where}: böyle bir dosya yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="56" />
        <source>{where}: the file is empty.</source>
        <translation>{where}: dosya boş.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="57" />
        <source>{where}: the format is unknown (expected .jsonl, .json, .tmx or .xliff).</source>
        <translation>{where}: biçim tanınmadı (.jsonl, .json, .tmx ya da .xliff bekleniyordu).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="59" />
        <source>{where}: the format “{format}” cannot be imported.</source>
        <translation>{where}: “{format}” biçimi içe aktarılamaz.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="61" />
        <source>{where}: the text is not UTF-8.</source>
        <translation>{where}: metin UTF-8 değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="62" />
        <source>{where}: the file contradicts the project: {detail}.</source>
        <translation>{where}: dosya projeyle çelişiyor: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="64" />
        <source>{where}: the record contradicts the project: {detail}.</source>
        <translation>{where}: kayıt projeyle çelişiyor: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="67" />
        <source>{where}: not valid JSON: {detail} (column {column}).</source>
        <translation>{where}: geçerli JSON değil: {detail} (sütun {column}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="69" />
        <source>{where}: {field} holds a character that text cannot contain ({reason}); nothing was imported.</source>
        <translation>{where}: {field} metinde bulunamayacak bir karakter içeriyor ({reason}); hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="72" />
        <source>{where}: the line is neither an Annotator sentence record nor a doccano task.</source>
        <translation>{where}: satır ne bir Annotator cümle kaydı ne de bir doccano görevi.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="75" />
        <source>{where}: the record does not fit the schema: {detail}.</source>
        <translation>{where}: kayıt şemaya uymuyor: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="77" />
        <source>{where}: {field} does not fit the schema: {detail}.</source>
        <translation>{where}: {field} şemaya uymuyor: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="79" />
        <source>{where}: sentence {sentence} does not match the project's document.</source>
        <translation>{where}: {sentence} cümlesi projedeki belgeyle uyuşmuyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="81" />
        <source>{where}: actor {actor} cannot be added: {detail}</source>
        <translation>{where}: {actor} aktörü eklenemiyor: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="83" />
        <source>{where}: document {document} is not in the project and this record does not carry its text (export whole documents to import them).</source>
        <translation>{where}: {document} belgesi projede yok ve bu kayıt belgenin metnini taşımıyor (içe aktarabilmek için belgeleri bütün olarak dışa aktarın).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="86" />
        <source>{where}: the sentence span {start}-{end} does not fit the document.</source>
        <translation>{where}: {start}-{end} cümle aralığı belgeye sığmıyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="88" />
        <source>{where}: the text of document {document} does not match its id.</source>
        <translation>{where}: {document} belgesinin metni kimliğiyle uyuşmuyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="90" />
        <source>{where}: event {event} is already in the project with other values (type, status, spans ...); import into a copy and compare.</source>
        <translation>{where}: {event} olayı projede başka değerlerle (tür, durum, aralıklar ...) zaten var; bir kopyaya içe aktarıp karşılaştırın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="93" />
        <source>{where}: event {event}: the type “{type}” is not in the project's taxonomy.</source>
        <translation>{where}: {event} olayı: “{type}” türü projenin sınıflandırmasında yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="96" />
        <source>{where}: event {event}: the date “{date}” is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www).</source>
        <translation>{where}: {event} olayı: “{date}” bir ISO tarihi değil (YYYY, YYYY-MM, YYYY-MM-DD ya da YYYY-Www).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="99" />
        <source>{where}: the span {start}-{end} ({side}) does not slice “{text}” out of its text.</source>
        <translation>{where}: {start}-{end} aralığı ({side}) metinde “{text}” sözcüklerine denk gelmiyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="103" />
        <source>{where}: expected a JSON object (one PLOVER event).</source>
        <translation>{where}: bir JSON nesnesi (tek bir PLOVER olayı) bekleniyordu.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="105" />
        <source>{where}: {field} is missing or malformed: {detail}.</source>
        <translation>{where}: {field} eksik ya da hatalı: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="107" />
        <source>{where}: sentence {sentence} is not in the project (a PLOVER file carries no documents: import the document first).</source>
        <translation>{where}: {sentence} cümlesi projede yok (PLOVER dosyası belge taşımaz: önce belgeyi içe aktarın).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="110" />
        <source>{where}: the text does not match sentence {sentence} of the project.</source>
        <translation>{where}: metin, projedeki {sentence} cümlesiyle eşleşmiyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="113" />
        <source>{where}: expected a JSON object.</source>
        <translation>{where}: bir JSON nesnesi bekleniyordu.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="114" />
        <source>{where}: '{field}' is missing or not a JSON {type}.</source>
        <translation>{where}: '{field}' eksik ya da bir JSON {type} değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="116" />
        <source>{where}: an entity is not a JSON object.</source>
        <translation>{where}: bir varlık (entity) JSON nesnesi değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="118" />
        <source>{where}: a relation is not a JSON object.</source>
        <translation>{where}: bir ilişki (relation) JSON nesnesi değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="120" />
        <source>{where}: 'label' entries must be [start, end, label].</source>
        <translation>{where}: 'label' girdileri [start, end, label] biçiminde olmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="122" />
        <source>{where}: expected a JSON array of tasks.</source>
        <translation>{where}: görevlerden oluşan bir JSON dizisi bekleniyordu.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="124" />
        <source>{where}: the file ends before the closing ']'; was it cut short?</source>
        <translation>{where}: dosya kapanış ']' işaretinden önce bitiyor; yarıda mı kesildi?</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="126" />
        <source>{where}: expected ',' or ']' between tasks.</source>
        <translation>{where}: görevler arasında ',' ya da ']' bekleniyordu.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="128" />
        <source>{where}: unexpected text after the tasks.</source>
        <translation>{where}: görevlerden sonra beklenmeyen metin var.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="130" />
        <source>{where}: a task needs data.text.</source>
        <translation>{where}: her görevde data.text bulunmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="131" />
        <source>{where}: an annotation needs a 'result' list.</source>
        <translation>{where}: her etiketlemede bir 'result' listesi bulunmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="133" />
        <source>{where}: a result is not a JSON object.</source>
        <translation>{where}: bir sonuç (result) JSON nesnesi değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="135" />
        <source>{where}: a 'labels' result needs value.start, value.end and value.labels.</source>
        <translation>{where}: 'labels' türündeki bir sonuçta value.start, value.end ve value.labels bulunmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="137" />
        <source>{where}: {sentence} is not a sentence of this project.</source>
        <translation>{where}: {sentence} bu projenin bir cümlesi değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="139" />
        <source>{where}: the text differs from sentence {sentence} ({side}).</source>
        <translation>{where}: metin {sentence} cümlesinden ({side}) farklı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="141" />
        <source>{where}: the span {start}-{end} ({label}) does not fit the text.</source>
        <translation>{where}: {start}-{end} aralığı ({label}) metne sığmıyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="144" />
        <source>{where}: not well-formed XML: {detail}.</source>
        <translation>{where}: XML düzgün biçimlendirilmemiş: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="145" />
        <source>{where}: a DTD (&lt;!DOCTYPE ...&gt;) is not accepted in imported XML.</source>
        <translation>{where}: içe aktarılan XML'de DTD (&lt;!DOCTYPE ...&gt;) kabul edilmez.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="147" />
        <source>{where}: entity declarations and external references are not accepted in imported XML.</source>
        <translation>{where}: içe aktarılan XML'de varlık (entity) bildirimleri ve dış başvurular kabul edilmez.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="150" />
        <source>{where}: only TMX files can be imported as a translation memory.</source>
        <translation>{where}: çeviri belleği olarak yalnızca TMX dosyaları içe aktarılabilir.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="152" />
        <source>{where}: not a TMX file (the root element is &lt;{element}&gt;).</source>
        <translation>{where}: bu bir TMX dosyası değil (kök öğe &lt;{element}&gt;).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="154" />
        <source>{where}: a &lt;tuv&gt; has no xml:lang.</source>
        <translation>{where}: bir &lt;tuv&gt; öğesinde xml:lang yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="155" />
        <source>{where}: a &lt;tu&gt; needs a source and a target &lt;tuv&gt; with a &lt;seg&gt;.</source>
        <translation>{where}: bir &lt;tu&gt; öğesinde, &lt;seg&gt; içeren bir kaynak ve bir hedef &lt;tuv&gt; bulunmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="157" />
        <source>{where}: the &lt;tu&gt; has no variant in its source language {language}.</source>
        <translation>{where}: &lt;tu&gt; öğesinde kaynak dili {language} olan bir &lt;tuv&gt; yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="159" />
        <source>{where}: not an XLIFF 2.x file (expected &lt;xliff version="2.0"&gt;).</source>
        <translation>{where}: bu bir XLIFF 2.x dosyası değil (&lt;xliff version="2.0"&gt; bekleniyordu).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="161" />
        <source>{where}: the targets are in “{language}”, not English: they would overwrite the English of this project.</source>
        <translation>{where}: hedefler İngilizce değil, “{language}” dilinde: bu projenin İngilizcesinin üzerine yazarlar.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="164" />
        <source>{where}: a &lt;unit&gt; has no id.</source>
        <translation>{where}: bir &lt;unit&gt; öğesinin kimliği (id) yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="165" />
        <source>{where}: unit {unit} appears twice.</source>
        <translation>{where}: {unit} birimi iki kez geçiyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="166" />
        <source>{where}: the segment state “{state}” is unknown.</source>
        <translation>{where}: “{state}” segment durumu bilinmiyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="168" />
        <source>{where}: unit {unit} is not a sentence of this project.</source>
        <translation>{where}: {unit} birimi bu projenin bir cümlesi değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="170" />
        <source>{where}: the source of unit {unit} differs from the sentence in the project.</source>
        <translation>{where}: {unit} biriminin kaynağı projedeki cümleden farklı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="174" />
        <source>The actor list cannot be read: {detail}</source>
        <translation>Aktör listesi okunamıyor: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="176" />
        <source>{file}, line {line}: the text is not UTF-8 (byte 0x{byte}); save the file as UTF-8.</source>
        <translation>{file}, satır {line}: metin UTF-8 değil (bayt 0x{byte}); dosyayı UTF-8 olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="179" />
        <source>{file}, line {line}: there is no header row (expected: {columns}).</source>
        <translation>{file}, satır {line}: başlık satırı yok (beklenen: {columns}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="181" />
        <source>{file}, line {line}: unknown column “{column}” (expected: {columns}).</source>
        <translation>{file}, satır {line}: bilinmeyen sütun “{column}” (beklenen: {columns}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="183" />
        <source>{file}, line {line}: a column is named twice.</source>
        <translation>{file}, satır {line}: bir sütun adı iki kez geçiyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="185" />
        <source>{file}, line {line}: the 'name' column is missing.</source>
        <translation>{file}, satır {line}: 'name' sütunu eksik.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="187" />
        <source>{file}, line {line}: malformed CSV: {detail}.</source>
        <translation>{file}, satır {line}: bozuk CSV: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="189" />
        <source>{file}, line {line}: {count} fields, but the header has {expected}.</source>
        <translation>{file}, satır {line}: {count} alan var, oysa başlıkta {expected} alan var.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="191" />
        <source>{file}, line {line}: the id “{actor}” appears twice in the file.</source>
        <translation>{file}, satır {line}: “{actor}” kimliği dosyada iki kez geçiyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="193" />
        <source>{file}, line {line}: {detail}</source>
        <translation>{file}, satır {line}: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="195" />
        <source>{where}: the glossary file cannot be read: {detail}.</source>
        <translation>{where}: sözlük dosyası okunamıyor: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="197" />
        <source>{where}: not a plain file; give a glossary file (.tbx, .csv or .tsv).</source>
        <translation>{where}: sıradan bir dosya değil; bir sözlük dosyası verin (.tbx, .csv ya da .tsv).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="199" />
        <source>{where}: the file is larger than {megabytes} MB, more than a glossary can be; nothing was imported.</source>
        <translation>{where}: dosya {megabytes} MB'tan büyük, bir sözlük bu kadar büyük olamaz; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="202" />
        <source>{where}: not a TBX termbase (the root element is &lt;{element}&gt;, expected &lt;martif&gt; or &lt;tbx&gt;).</source>
        <translation>{where}: bir TBX terim bankası değil (kök öğe &lt;{element}&gt;; &lt;martif&gt; ya da &lt;tbx&gt; bekleniyordu).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="205" />
        <source>{where}: the termbase has no entries (&lt;termEntry&gt; or &lt;conceptEntry&gt;).</source>
        <translation>{where}: terim bankasında hiç girdi yok (&lt;termEntry&gt; ya da &lt;conceptEntry&gt;).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="207" />
        <source>{where}: no entry has a term in language {language} (languages found: {found}); a glossary needs tr (Turkish) and en (English) terms.</source>
        <translation>{where}: hiçbir girdide {language} dilinde terim yok (bulunan diller: {found}); sözlük için tr (Türkçe) ve en (İngilizce) terimler gerekir.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="210" />
        <source>{where}: no entry has both a Turkish and an English term ({skipped} skipped); nothing was imported.</source>
        <translation>{where}: hiçbir girdide hem Türkçe hem İngilizce terim yok ({skipped} girdi atlandı); hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="213" />
        <source>{where}: this is not a text file (it holds binary data).</source>
        <translation>{where}: bu bir metin dosyası değil (ikili veri içeriyor).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="215" />
        <source>{where}: the text is not valid {encoding} (byte 0x{byte}); save the file as UTF-8.</source>
        <translation>{where}: metin geçerli {encoding} değil (bayt 0x{byte}); dosyayı UTF-8 olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="218" />
        <source>{where}: some lines are UTF-8 (line {utf8_line}) and others in another encoding (line {other_line}); save the whole file as UTF-8.</source>
        <translation>{where}: bazı satırlar UTF-8 (satır {utf8_line}), bazıları başka bir kodlamada (satır {other_line}); dosyanın tamamını UTF-8 olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="221" />
        <source>{where}: the character encoding could not be recognised; save the file as UTF-8.</source>
        <translation>{where}: karakter kodlaması tanınamadı; dosyayı UTF-8 olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="224" />
        <source>{where}: no Turkish and English columns could be identified (first row: {columns}); name them tr and en, or Turkish and English.</source>
        <translation>{where}: Türkçe ve İngilizce sütunlar belirlenemedi (ilk satır: {columns}); sütunlara tr ve en ya da Turkish ve English adlarını verin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="227" />
        <source>{where}: malformed CSV: {detail}.</source>
        <translation>{where}: bozuk CSV: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="229" />
        <source>{where}: a quoted cell runs on to line {end}; is a closing quotation mark missing?</source>
        <translation>{where}: tırnak içindeki bir hücre {end}. satıra kadar sürüyor; kapanış tırnağı mı eksik?</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/exchange.py" line="232" />
        <source>{path}: a glossary is written as TBX (.tbx), CSV (.csv) or TSV (.tsv, .txt); give the file one of these extensions.</source>
        <translation>{path}: sözlük TBX (.tbx), CSV (.csv) ya da TSV (.tsv, .txt) olarak yazılır; dosyaya bu uzantılardan birini verin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="12" />
        <source>{path} does not exist.</source>
        <translation>{path} bulunamadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="13" />
        <location filename="../../annotator/messages/storage.py" line="60" />
        <source>{path} is a folder, not a file.</source>
        <translation>{path} bir klasör, dosya değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="14" />
        <source>{path} is not a regular file (it is a named pipe, socket or device); only files can be imported.</source>
        <translation>{path} sıradan bir dosya değil (adlandırılmış kanal, soket ya da aygıt); yalnızca dosyalar içe aktarılabilir.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="17" />
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} okunamıyor: erişim izni yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="19" />
        <location filename="../../annotator/messages/taxonomy.py" line="18" />
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} okunamıyor ({detail}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="20" />
        <source>{path} is {megabytes} MB; files over {limit} MB are not imported.</source>
        <translation>{path} {megabytes} MB büyüklüğünde; {limit} MB üzerindeki dosyalar içe aktarılmaz.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="22" />
        <source>{path} holds more than {millions} million characters of text; a document that long is not imported (split it into parts).</source>
        <translation>{path} {millions} milyon karakterden uzun metin içeriyor; bu kadar uzun bir belge içe aktarılmaz (onu parçalara bölün).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="26" />
        <source>{path} is empty.</source>
        <translation>{path} boş.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="27" />
        <source>{path} contains only white space.</source>
        <translation>{path} yalnızca boşluk karakterleri içeriyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="28" />
        <source>{path} contains no text.</source>
        <translation>{path} hiç metin içermiyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="30" />
        <source>{path} is not a text file (it contains binary data).</source>
        <translation>{path} bir metin dosyası değil (ikili veri içeriyor).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="32" />
        <source>{path} looks like {encoding} but has invalid bytes at offset {offset}.</source>
        <translation>{path} {encoding} kodlamasında görünüyor, ancak {offset} konumunda geçersiz baytlar içeriyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="34" />
        <source>{path} mixes two character encodings: line {utf8_line} is UTF-8, line {other_line} is not (it may be Windows Turkish, cp1254). Save the whole file as UTF-8 and import it again.</source>
        <translation>{path} iki karakter kodlamasını karıştırıyor: {utf8_line}. satır UTF-8, {other_line}. satır değil (Windows Türkçe, cp1254 olabilir). Dosyanın tamamını UTF-8 olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="38" />
        <source>The character encoding of {path} could not be recognised; save it as UTF-8.</source>
        <translation>{path} dosyasının karakter kodlaması tanınamadı; dosyayı UTF-8 olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="41" />
        <source>{path} is not a valid PDF.</source>
        <translation>{path} geçerli bir PDF dosyası değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="42" />
        <source>{path} is not a readable PDF (the file is damaged or incomplete).</source>
        <translation>{path} okunabilir bir PDF değil (dosya bozuk ya da eksik).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="44" />
        <source>{path} is password-protected; remove the password and import it again.</source>
        <translation>{path} parola korumalı; parolayı kaldırıp dosyayı yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="46" />
        <source>{path} is encrypted in a way that Annotator cannot read; save an unencrypted copy and import that.</source>
        <translation>{path}, Annotator'ın okuyamadığı bir yöntemle şifrelenmiş; şifresiz bir kopyasını kaydedip onu içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="49" />
        <source>{path} has no text layer (it may be a scanned image); run OCR on it first.</source>
        <translation>{path} metin katmanı içermiyor (taranmış bir görüntü olabilir); önce OCR ile metin tanıma yapın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="51" />
        <source>{path} is a PDF file, and reading PDF files needs the pypdf package, which is not installed.</source>
        <translation>{path} bir PDF dosyası; PDF dosyalarını okumak için gereken pypdf paketi kurulu değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="55" />
        <source>{path} is not a valid Word document.</source>
        <translation>{path} geçerli bir Word belgesi değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="56" />
        <source>{path} is not a valid Word document (the file is damaged or incomplete).</source>
        <translation>{path} geçerli bir Word belgesi değil (dosya bozuk ya da eksik).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="58" />
        <source>{path} is not a valid Word document (it has no word/document.xml).</source>
        <translation>{path} geçerli bir Word belgesi değil (word/document.xml bölümü yok).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="60" />
        <source>{path} is not a readable Word document (it has more than {limit} parts).</source>
        <translation>{path} okunabilir bir Word belgesi değil ({limit} bölümden fazlasını içeriyor).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="62" />
        <source>{path} is not a readable Word document (it expands to an implausible size).</source>
        <translation>{path} okunabilir bir Word belgesi değil (açıldığında olağan dışı büyük bir boyuta ulaşıyor).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="64" />
        <source>{path} is not a readable Word document (a part of it is compressed suspiciously well).</source>
        <translation>{path} okunabilir bir Word belgesi değil (bir bölümü kuşku uyandıracak ölçüde sıkıştırılmış).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="67" />
        <source>{path} is not a readable Word document ({part} declares a DTD or entities).</source>
        <translation>{path} okunabilir bir Word belgesi değil ({part} içinde DTD ya da varlık tanımı var).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="69" />
        <source>{path} is not a readable Word document ({part} is not well-formed XML).</source>
        <translation>{path} okunabilir bir Word belgesi değil ({part} düzgün biçimlenmiş bir XML değil).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="71" />
        <source>{path} is not a readable Word document (python-docx could not open it).</source>
        <translation>{path} okunabilir bir Word belgesi değil (python-docx dosyayı açamadı).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="73" />
        <source>{path} is a Word document, and reading Word documents needs the python-docx and defusedxml packages, which are not installed.</source>
        <translation>{path} bir Word belgesi; Word belgelerini okumak için gereken python-docx ve defusedxml paketleri kurulu değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="77" />
        <source>{path} is a legacy Word/Office 97-2003 file; save it as .docx.</source>
        <translation>{path} eski biçimde bir Word/Office 97-2003 dosyası; dosyayı .docx olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="79" />
        <source>{path} is an RTF file; save it as .docx.</source>
        <translation>{path} bir RTF dosyası; dosyayı .docx olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="80" />
        <source>{path} is an OpenDocument file; save it as .docx.</source>
        <translation>{path} bir OpenDocument dosyası; dosyayı .docx olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="82" />
        <source>{path} is a PostScript file; save it as PDF.</source>
        <translation>{path} bir PostScript dosyası; dosyayı PDF olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="83" />
        <source>{path} is a {format} image, not a document.</source>
        <translation>{path} bir {format} görüntüsü, belge değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="84" />
        <source>{path} is a {format} archive, not a document.</source>
        <translation>{path} bir {format} arşivi, belge değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="85" />
        <source>{path} is a damaged ZIP archive, not a document.</source>
        <translation>{path} bozuk bir ZIP arşivi, belge değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="88" />
        <source>{path} is nested too deeply to be read.</source>
        <translation>{path} okunamayacak kadar derin iç içe yapılar içeriyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/ingest.py" line="89" />
        <source>{path} could not be read; the file may be damaged.</source>
        <translation>{path} okunamadı; dosya bozuk olabilir.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/internal.py" line="8" />
        <source>Something went wrong inside Annotator ({detail}). Your saved work is safe. The details were written to {log}.</source>
        <translation>Annotator'ın içinde bir şeyler ters gitti ({detail}). Kaydedilmiş çalışmanız güvende. Ayrıntılar {log} dosyasına yazıldı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/internal.py" line="14" />
        <source>The file {path} could not be used: {detail}</source>
        <translation>{path} dosyası kullanılamadı: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="14" />
        <source>Cannot reach {host}: no network connection, or the server is not running.</source>
        <translation>{host} adresine ulaşılamıyor: ağ bağlantısı yok ya da sunucu çalışmıyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="16" />
        <source>Cannot reach {host}: the connection timed out. Check the network connection.</source>
        <translation>{host} adresine ulaşılamıyor: bağlantı zaman aşımına uğradı. Ağ bağlantınızı denetleyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="18" />
        <source>{engine} did not answer within {seconds} s.</source>
        <translation>{engine} {seconds} sn içinde yanıt vermedi.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="19" />
        <source>{engine} is limiting requests (too many requests).</source>
        <translation>{engine} istekleri sınırlıyor (çok fazla istek).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="21" />
        <source>{engine} is limiting requests (too many requests). Server said: {detail}</source>
        <translation>{engine} istekleri sınırlıyor (çok fazla istek). Sunucunun yanıtı: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="23" />
        <source>{engine} is limiting requests (too many requests). It asked to wait {seconds} s.</source>
        <translation>{engine} istekleri sınırlıyor (çok fazla istek). {seconds} sn beklenmesini istedi.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="26" />
        <source>{engine} is limiting requests (too many requests). It asked to wait {seconds} s. Server said: {detail}</source>
        <translation>{engine} istekleri sınırlıyor (çok fazla istek). {seconds} sn beklenmesini istedi. Sunucunun yanıtı: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="29" />
        <source>{engine} refused the request (HTTP {status}): the API key is missing or wrong.</source>
        <translation>{engine} isteği reddetti (HTTP {status}): API anahtarı eksik ya da yanlış.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="32" />
        <source>{engine} needs an API key. Server said: {detail}</source>
        <translation>{engine} bir API anahtarı istiyor. Sunucunun yanıtı: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="33" />
        <source>{engine} had a server error (HTTP {status}).</source>
        <translation>{engine} tarafında bir sunucu hatası oluştu (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="34" />
        <source>{engine} had a server error (HTTP {status}). Server said: {detail}</source>
        <translation>{engine} tarafında bir sunucu hatası oluştu (HTTP {status}). Sunucunun yanıtı: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="36" />
        <source>The connection to {host} broke off before an answer came.</source>
        <translation>{host} ile bağlantı, yanıt gelmeden koptu.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="38" />
        <source>The request to {host} failed ({detail}).</source>
        <translation>{host} adresine gönderilen istek başarısız oldu ({detail}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="39" />
        <source>{engine} sent an answer that could not be read ({detail}).</source>
        <translation>{engine} okunamayan bir yanıt gönderdi ({detail}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="41" />
        <source>{engine} sent an answer that could not be read (not JSON).</source>
        <translation>{engine} okunamayan bir yanıt gönderdi (JSON değil).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="43" />
        <source>{engine} rejected the request (HTTP {status}).</source>
        <translation>{engine} isteği geri çevirdi (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="44" />
        <source>{engine} rejected the request (HTTP {status}). Server said: {detail}</source>
        <translation>{engine} isteği geri çevirdi (HTTP {status}). Sunucunun yanıtı: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="46" />
        <source>{engine} sent no translation (an empty answer).</source>
        <translation>{engine} çeviri göndermedi (boş yanıt).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="48" />
        <source>{engine} sent the text back untranslated.</source>
        <translation>{engine} metni çevirmeden geri gönderdi.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="50" />
        <source>{engine} sent a translation that is not valid text ({detail}).</source>
        <translation>{engine} geçerli metin olmayan bir çeviri gönderdi ({detail}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="52" />
        <source>{engine} sent {length} characters for a text of {source_length}: not a translation of it.</source>
        <translation>{engine}, {source_length} karakterlik bir metin için {length} karakter gönderdi: bu, metnin çevirisi değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="55" />
        <source>{engine} sent an answer larger than {size}; it was not read.</source>
        <translation>{engine} {size} boyutundan büyük bir yanıt gönderdi; yanıt okunmadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="57" />
        <source>{engine} redirected the request from {host} to another host, {target}. It was not followed, so neither the text nor an API key went there.</source>
        <translation>{engine} isteği {host} adresinden başka bir sunucuya, {target} adresine yönlendirdi. Yönlendirme izlenmedi; metin de API anahtarı da oraya gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="60" />
        <source>The offline model {model} failed: {detail}</source>
        <translation>Çevrimdışı model {model} çalışırken hata verdi: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="61" />
        <source>The text is too long for {engine}.</source>
        <translation>Metin, {engine} için çok uzun.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="62" />
        <source>{engine} does not translate {source} → {target}.</source>
        <translation>{engine}, {source} → {target} yönünde çeviri yapmıyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="64" />
        <source>The offline model {model} translates {model_source} → {model_target}, not {source} → {target}.</source>
        <translation>Çevrimdışı model {model}, {source} → {target} yönünde değil, {model_source} → {model_target} yönünde çeviri yapıyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="68" />
        <source>Unknown engine “{engine}”: choose one of {engines}.</source>
        <translation>Bilinmeyen motor “{engine}”: şunlardan birini seçin: {engines}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="70" />
        <source>A server address (--url) is used only by the libre, deepl and llm engines, not by {engine}.</source>
        <translation>Sunucu adresi (--url) yalnızca libre, deepl ve llm motorlarınca kullanılır, {engine} tarafından kullanılmaz.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="118" />
        <source>The {engine} quota for this billing period is used up (HTTP {status}).</source>
        <translation>{engine} kotası bu fatura dönemi için doldu (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="120" />
        <source>“{formality}” is not a DeepL formality: choose one of {choices}.</source>
        <translation>“{formality}” bir DeepL resmiyet düzeyi değil: şunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="122" />
        <source>“{variant}” is not a DeepL English variant: choose one of {choices}.</source>
        <translation>“{variant}” bir DeepL İngilizce türü değil: şunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="124" />
        <source>DeepL needs an API key: store it in the MT settings or set the environment variable {variable}.</source>
        <translation>DeepL bir API anahtarı gerektirir: anahtarı MT ayarlarına kaydedin ya da {variable} ortam değişkenini ayarlayın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="127" />
        <source>This version of the deepl package ({version}) cannot be used safely: its HTTP client has changed.</source>
        <translation>deepl paketinin bu sürümü ({version}) güvenle kullanılamaz: HTTP istemcisi değişmiş.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="134" />
        <source>{engine} refused to translate this text.</source>
        <translation>{engine} bu metni çevirmeyi reddetti.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="135" />
        <source>{engine} left this sentence out of its answer.</source>
        <translation>{engine} bu cümleyi yanıtına koymadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="137" />
        <source>{engine} dropped the footnote marker {marker} from the translation.</source>
        <translation>{engine} çeviride {marker} dipnot işaretini düşürdü.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="139" />
        <source>The llm engine needs the base URL of an OpenAI-compatible server (--url, for example http://localhost:8000/v1).</source>
        <translation>llm motoru OpenAI uyumlu bir sunucunun temel adresini ister (--url, örneğin http://localhost:8000/v1).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="142" />
        <source>The llm engine needs the name of a model on the server (--llm-model).</source>
        <translation>llm motoru sunucudaki bir modelin adını ister (--llm-model).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="144" />
        <source>“{url}” is not the http(s) base URL of an OpenAI-compatible server (for example http://localhost:8000/v1).</source>
        <translation>“{url}” OpenAI uyumlu bir sunucunun http(s) temel adresi değil (örneğin http://localhost:8000/v1).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="147" />
        <source>The prompt file {path} cannot be read.</source>
        <translation>{path} istem dosyası okunamıyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="149" />
        <source>The prompt file {path} needs a [system] part, then a [user] part containing {{sentences_json}}.</source>
        <translation>{path} istem dosyasında bir [system] bölümü, ardından {{sentences_json}} içeren bir [user] bölümü olmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="73" />
        <source>A model (--model) is used only by the ctranslate2 engine, not by {engine}.</source>
        <translation>Model (--model) yalnızca ctranslate2 motorunda kullanılır, {engine} motorunda kullanılmaz.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="75" />
        <source>Timeouts must be positive (connect {connect} s, read {read} s).</source>
        <translation>Zaman aşımı süreleri sıfırdan büyük olmalıdır (bağlanma {connect} sn, okuma {read} sn).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="77" />
        <source>The total time for one request must be positive (not {deadline} s).</source>
        <translation>Bir isteğin toplam süresi sıfırdan büyük olmalıdır (verilen: {deadline} sn).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="79" />
        <source>“{url}” is not the http(s) address of a LibreTranslate server (for example http://localhost:5000/).</source>
        <translation>“{url}” bir LibreTranslate sunucusunun http(s) adresi değil (örneğin http://localhost:5000/).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="9" />
        <source>Give one document (its id, id prefix or title) or --all.</source>
        <translation>Bir belge (kimliği, kimliğinin başı ya da başlığı) ya da --all belirtin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="11" />
        <source>“{value}” is not a date: give YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www.</source>
        <translation>“{value}” bir tarih değil: YYYY-AA-GG, YYYY-AA, YYYY ya da YYYY-Www biçiminde yazın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="13" />
        <source>The recommender needs at least {needed} reviewed sentences and two accepted events of one type; this project has {sentences} reviewed sentences and {types} types with enough examples.</source>
        <translation>Öneri modeli en az {needed} gözden geçirilmiş cümle ve bir türden iki kabul edilmiş olay gerektirir; bu projede {sentences} gözden geçirilmiş cümle ve yeterli örneği olan {types} tür var.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="17" />
        <source>The recommender needs scikit-learn, which this installation lacks ({detail}). Install Annotator from its source (README) to use it; the rules still suggest.</source>
        <translation>Öneri modeli scikit-learn gerektirir; bu kurulumda yok ({detail}). Kullanmak için Annotator'ı kaynağından kurun (README); kurallar öneri yapmaya devam eder.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="20" />
        <source>Give the name of the person the documents are assigned to (--to NAME).</source>
        <translation>Belgelerin atandığı kişinin adını verin (--to AD).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="22" />
        <source>{path} already exists: give a new file name, or add --force to replace it.</source>
        <translation>{path} zaten var: yeni bir dosya adı verin ya da üzerine yazmak için --force ekleyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="24" />
        <source>{path} is the project itself: write the assignment to a new file.</source>
        <translation>{path} projenin kendisi: atamayı yeni bir dosyaya yazın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="26" />
        <source>{path} does not exist or is empty: give a project file to merge (one written by `annotator assign`, or a colleague's project).</source>
        <translation>{path} yok ya da boş: birleştirilecek bir proje dosyası verin (`annotator assign` ile yazılmış bir dosya ya da bir çalışma arkadaşınızın projesi).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="29" />
        <source>A worker process stopped unexpectedly (killed, or out of memory). What was stored before is kept; run the command again to go on, or with --workers 1.</source>
        <translation>Bir yardımcı süreç beklenmedik biçimde durdu (sonlandırıldı ya da bellek yetmedi). Daha önce kaydedilenler duruyor; devam etmek için komutu yeniden çalıştırın ya da --workers 1 ile çalıştırın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="32" />
        <source>{path} is the team project itself (--db): give the files to merge into it.</source>
        <translation>{path} ekip projesinin kendisi (--db): içine birleştirilecek dosyaları verin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="82" />
        <source>--workers must be at least 1 (not {workers}).</source>
        <translation>--workers en az 1 olmalıdır (verilen: {workers}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="83" />
        <source>The ctranslate2 engine needs a model: --model PATH (a CTranslate2 model folder or an .argosmodel file).</source>
        <translation>ctranslate2 motoru bir model gerektirir: --model YOL (bir CTranslate2 model klasörü ya da bir .argosmodel dosyası).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="86" />
        <source>The ctranslate2 engine needs the offline extra: pip install 'annotator[offline]'.</source>
        <translation>ctranslate2 motoru için offline ek paketi kurulmalıdır: pip install 'annotator[offline]'.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="89" />
        <source>The offline model {model} cannot be loaded: {detail}</source>
        <translation>Çevrimdışı model {model} yüklenemiyor: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="91" />
        <source>{path}: no such model folder or package file.</source>
        <translation>{path}: böyle bir model klasörü ya da paket dosyası yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="93" />
        <source>{path} is neither a model folder nor an .argosmodel package.</source>
        <translation>{path} ne bir model klasörü ne de bir .argosmodel paketi.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="95" />
        <source>The model file {path} cannot be read: {detail}</source>
        <translation>Model dosyası {path} okunamıyor: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="97" />
        <source>{path} holds no CTranslate2 model (model.bin not found).</source>
        <translation>{path} içinde CTranslate2 modeli yok (model.bin bulunamadı).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="99" />
        <source>{path} has no SentencePiece model (source.spm and target.spm, or sentencepiece.model).</source>
        <translation>{path} içinde SentencePiece modeli yok (source.spm ile target.spm ya da sentencepiece.model).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="102" />
        <source>{path} is not an Argos model package (no model/model.bin).</source>
        <translation>{path} bir Argos model paketi değil (model/model.bin yok).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="104" />
        <source>The model's metadata file {path} is not valid JSON: {detail}</source>
        <translation>Modelin üst veri dosyası {path} geçerli bir JSON değil: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="106" />
        <source>The model's metadata file {path} does not hold a JSON object.</source>
        <translation>Modelin üst veri dosyası {path} bir JSON nesnesi içermiyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="108" />
        <source>In the model's metadata file {path}, “{field}” must be a string.</source>
        <translation>Modelin üst veri dosyası {path} içindeki “{field}” alanı metin (string) olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="111" />
        <source>No system keyring is available to store the {engine} API key (the keyring package is not installed). Set the environment variable {variable} instead.</source>
        <translation>{engine} API anahtarını saklayacak bir sistem anahtarlığı yok (keyring paketi kurulu değil). Bunun yerine {variable} ortam değişkenini tanımlayın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/mt.py" line="114" />
        <source>No system keyring is available to store the {engine} API key ({detail}). Set the environment variable {variable} instead.</source>
        <translation>{engine} API anahtarını saklayacak bir sistem anahtarlığı yok ({detail}). Bunun yerine {variable} ortam değişkenini tanımlayın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/project.py" line="8" />
        <source>Stopped; what was finished before is kept.</source>
        <translation>Durduruldu; o ana kadar bitenler saklandı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="8" />
        <source>There is no project at {path}. Import a document first, or check --db.</source>
        <translation>{path} konumunda proje yok. Önce bir belge içe aktarın ya da --db seçeneğini denetleyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="10" />
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} bir klasör, proje dosyası değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="11" />
        <source>{path} is an empty file, not a project. Import a document first, or check --db.</source>
        <translation>{path} boş bir dosya, proje değil. Önce bir belge içe aktarın ya da --db seçeneğini denetleyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="14" />
        <source>{path} is not an Annotator project (it is not an SQLite database).</source>
        <translation>{path} bir Annotator projesi değil (SQLite veritabanı değil).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="16" />
        <source>{path} is a database of another program (tables: {tables}); Annotator will not change it.</source>
        <translation>{path} başka bir programın veritabanı (tablolar: {tables}); Annotator onu değiştirmeyecek.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="19" />
        <source>{path} was written by a newer Annotator (schema {version}; this version reads up to {supported}). Update Annotator to open it.</source>
        <translation>{path} daha yeni bir Annotator ile yazılmış (şema {version}; bu sürüm en çok {supported} okuyabilir). Açmak için Annotator'ı güncelleyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="22" />
        <source>The project {path} cannot be opened: {detail}</source>
        <translation>{path} projesi açılamıyor: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="26" />
        <source>The project is busy: another program or window is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Proje meşgul: başka bir program ya da pencere ona yazıyor. Hiçbir şey değişmedi; birazdan yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="29" />
        <source>The project could not be saved: {detail}</source>
        <translation>Proje kaydedilemedi: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="30" />
        <source>No document matches “{ref}” (see `annotator docs`).</source>
        <translation>“{ref}” ile eşleşen belge yok (`annotator docs` komutuna bakın).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="32" />
        <source>“{ref}” matches several documents: {ids}.</source>
        <translation>“{ref}” birden çok belgeyle eşleşiyor: {ids}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="34" />
        <source>Mention {mention} no longer exists.</source>
        <translation>{mention} numaralı anma artık yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="35" />
        <source>Event {event} no longer exists.</source>
        <translation>{event} olayı artık yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="36" />
        <source>Sentence {sentence} no longer exists.</source>
        <translation>{sentence} numaralı cümle artık yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="37" />
        <source>There is no actor {actor}.</source>
        <translation>{actor} diye bir aktör yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="38" />
        <source>An actor with the id {actor} already exists.</source>
        <translation>{actor} kimlikli bir aktör zaten var.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="39" />
        <source>{actor} is still used by {mentions} mention(s) and {events} event(s); merge it into another actor instead.</source>
        <translation>{actor} hâlâ {mentions} anmada ve {events} olayda kullanılıyor; silmek yerine başka bir aktörle birleştirin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="42" />
        <source>An actor cannot be merged into itself.</source>
        <translation>Bir aktör kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="43" />
        <source>Actor id “{value}”: use letters, digits, '-', '_' or '.' (no spaces, at most 80 characters).</source>
        <translation>Aktör kimliği “{value}”: harf, rakam, '-', '_' ya da '.' kullanın (boşluksuz, en çok 80 karakter).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="46" />
        <source>The actor's name is empty.</source>
        <translation>Aktörün adı boş.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="47" />
        <source>Country “{value}”: expected an ISO 3166 alpha-3 code (USA) or a PLOVER code (IGO, NGO, ...).</source>
        <translation>Ülke “{value}”: bir ISO 3166 alpha-3 kodu (USA) ya da bir PLOVER kodu (IGO, NGO, ...) bekleniyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="50" />
        <source>Sector “{value}”: expected a PLOVER sector code (GOV, MIL, LEG, ...).</source>
        <translation>Sektör “{value}”: bir PLOVER sektör kodu (GOV, MIL, LEG, ...) bekleniyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="52" />
        <source>CAMEO code “{value}”: expected letters and digits.</source>
        <translation>CAMEO kodu “{value}”: harfler ve rakamlar bekleniyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="54" />
        <source>Wikidata id “{value}”: expected an id such as Q42.</source>
        <translation>Wikidata kimliği “{value}”: Q42 gibi bir kimlik bekleniyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="56" />
        <source>“{value}”: '|' and line breaks are not allowed in names (CSV files separate aliases with '|').</source>
        <translation>“{value}”: adlarda '|' ve satır sonu kullanılamaz (CSV dosyaları takma adları '|' ile ayırır).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="59" />
        <source>{path}: file not found.</source>
        <translation>{path}: dosya bulunamadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="62" />
        <source>{path} is larger than {megabytes} MB, too large to be read.</source>
        <translation>{path} {megabytes} MB'tan büyük; okunamayacak kadar büyük.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="64" />
        <source>{path} is a binary file, not text.</source>
        <translation>{path} ikili bir dosya, metin değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="69" />
        <source>There is no part “{role}” (the parts are {known}).</source>
        <translation>“{role}” adında bir bölüm yok (bölümler: {known}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="71" />
        <source>Choose at least one part to translate (the parts are {known}).</source>
        <translation>Çevrilecek en az bir bölüm seçin (bölümler: {known}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="74" />
        <source>A glossary entry needs a Turkish term.</source>
        <translation>Bir sözlük girdisi için Türkçe terim gerekir.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="75" />
        <source>“{term}” is longer than {limit} characters: a glossary term is a name or a phrase, not a sentence.</source>
        <translation>“{term}” {limit} karakterden uzun: sözlük terimi bir ad ya da ifadedir, cümle değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="78" />
        <source>Glossary entry {term} no longer exists.</source>
        <translation>{term} numaralı sözlük girdisi artık yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="79" />
        <source>The glossary already has an entry for “{term}”; edit that one.</source>
        <translation>Sözlükte “{term}” için zaten bir girdi var; onu düzenleyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="61" />
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} okunamıyor: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="23" />
        <source>The project file {path} is damaged ({detail}). Annotator will not write to it; open a backup copy instead.</source>
        <translation>{path} proje dosyası hasarlı ({detail}). Annotator bu dosyaya yazmayacak; bunun yerine bir yedek kopyasını açın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="65" />
        <source>{path} is not UTF-8 text (byte 0x{byte}); save it as UTF-8.</source>
        <translation>{path} UTF-8 metin değil (bayt 0x{byte}); UTF-8 olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/storage.py" line="67" />
        <source>{path} is not a regular file (a pipe, socket or device).</source>
        <translation>{path} normal bir dosya değil (bir boru, soket ya da aygıt).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="13" />
        <source>There is no taxonomy file at {path}.</source>
        <translation>{path} konumunda bir sınıflandırma dosyası yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="14" />
        <source>{path} is a folder, not a taxonomy file.</source>
        <translation>{path} bir klasör, sınıflandırma dosyası değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="15" />
        <source>{path} is not a regular file (it is a named pipe, socket or device), not a taxonomy file.</source>
        <translation>{path} sıradan bir dosya değil (adlandırılmış kanal, soket ya da aygıt); sınıflandırma dosyası olarak kullanılamaz.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="19" />
        <source>{source} is larger than {megabytes} MB, too large for a taxonomy file.</source>
        <translation>{source} {megabytes} MB sınırını aşıyor; bir sınıflandırma dosyası için fazla büyük.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="21" />
        <source>{source} is a binary file, not a TOML taxonomy.</source>
        <translation>{source} ikili bir dosya, TOML sınıflandırma dosyası değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="22" />
        <source>{source}: line {line} is not UTF-8 text (byte 0x{byte}); save the file as UTF-8.</source>
        <translation>{source}: {line}. satır UTF-8 metni değil (0x{byte} baytı); dosyayı UTF-8 olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="25" />
        <source>The taxonomy file cannot be used: {detail}</source>
        <translation>Sınıflandırma dosyası kullanılamıyor: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="26" />
        <source>{source}: {key} names the CAMEO table “{value}”, but there is no such file next to it ({path}).</source>
        <translation>{source}: {key} “{value}” CAMEO tablosunu gösteriyor, ancak yanında böyle bir dosya yok ({path}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="30" />
        <source>{source}: line {line}, column {column}: TOML syntax error: {detail}.</source>
        <translation>{source}: {line}. satır, {column}. sütun: TOML söz dizimi hatası: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="32" />
        <source>{source}: TOML syntax error: {detail}.</source>
        <translation>{source}: TOML söz dizimi hatası: {detail}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="34" />
        <source>{source}: {key} must be a table.</source>
        <translation>{source}: {key} bir tablo olmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="35" />
        <source>{source}: {key} is not a known key (expected one of: {expected}).</source>
        <translation>{source}: {key} bilinen bir anahtar değil (beklenenler: {expected}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="37" />
        <source>{source}: {key} is missing the required key “{name}”.</source>
        <translation>{source}: {key} içinde zorunlu “{name}” anahtarı eksik.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="39" />
        <source>{source}: the required top-level key “{name}” is missing.</source>
        <translation>{source}: zorunlu üst düzey “{name}” anahtarı eksik.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="41" />
        <source>{source}: {key} must be a string.</source>
        <translation>{source}: {key} bir metin (string) olmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="42" />
        <source>{source}: {key} must not be empty.</source>
        <translation>{source}: {key} boş olmamalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="43" />
        <source>{source}: {key} must be a list of strings.</source>
        <translation>{source}: {key} bir metin listesi olmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="44" />
        <source>{source}: {key} must be true or false.</source>
        <translation>{source}: {key} true ya da false olmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="45" />
        <source>{source}: {key} must be a string (its description).</source>
        <translation>{source}: {key} bir metin (açıklaması) olmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="47" />
        <source>{source}: {key}: “{value}” is listed twice.</source>
        <translation>{source}: {key}: “{value}” iki kez yazılmış.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="48" />
        <source>{source}: {key}: “{value}” is not a valid name (use letters, digits, '-' and '_', starting with a letter).</source>
        <translation>{source}: {key}: “{value}” geçerli bir ad değil (harfle başlayan ve yalnızca harf, rakam, '-' ve '_' içeren bir ad kullanın).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="51" />
        <source>{source}: {key}: “{value}” is not a valid event type code (capital letters, e.g. CONSULT).</source>
        <translation>{source}: {key}: “{value}” geçerli bir olay türü kodu değil (büyük harfler, ör. CONSULT).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="54" />
        <source>{source}: {key}: “{value}” is not a valid code (three capital letters, e.g. GOV).</source>
        <translation>{source}: {key}: “{value}” geçerli bir kod değil (üç büyük harf, ör. GOV).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="57" />
        <source>{source}: {key}: “{value}” is not a valid CAMEO code (2 to 4 digits, e.g. 043).</source>
        <translation>{source}: {key}: “{value}” geçerli bir CAMEO kodu değil (2 ile 4 arası rakam, ör. 043).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="60" />
        <source>{source}: {key}: “{value}” is not one of: {expected}.</source>
        <translation>{source}: {key}: “{value}” şunlardan biri değil: {expected}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="62" />
        <source>{source}: {key} must be a number from -10 to 10.</source>
        <translation>{source}: {key} -10 ile 10 arasında bir sayı olmalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="64" />
        <source>{source}: {key} must define at least one event type.</source>
        <translation>{source}: {key} en az bir olay türü tanımlamalı.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="66" />
        <source>{source}: {key}: “{value}” is also a context; a name is either a context or an auxiliary mode.</source>
        <translation>{source}: {key}: “{value}” aynı zamanda bir bağlam; bir ad ya bağlam ya da yardımcı kip olabilir.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="70" />
        <source>{source}: {key}: “{value}” is not an event type of {taxonomy} (its types are {expected}).</source>
        <translation>{source}: {key}: “{value}”, {taxonomy} sınıflandırmasında bir olay türü değil (türleri: {expected}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="73" />
        <source>{source}: {key}: the mode “{value}” needs a 'plover' event type.</source>
        <translation>{source}: {key}: “{value}” kipi için bir 'plover' olay türü de verilmeli.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="75" />
        <source>{source}: {key}: “{value}” is not a mode of {event_type}.</source>
        <translation>{source}: {key}: “{value}”, {event_type} türünün kiplerinden biri değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/taxonomy.py" line="77" />
        <source>{source}: {key}: “{value}” is not a context of {taxonomy}.</source>
        <translation>{source}: {key}: “{value}”, {taxonomy} sınıflandırmasında bir bağlam değil.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="101" />
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="118" />
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="122" />
        <source>Modes:</source>
        <translation>Kipler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="123" />
        <source>Contexts:</source>
        <translation>Bağlamlar:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="122" />
        <source>Aux:</source>
        <translation>Yardımcı kipler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="121" />
        <source>Actors:</source>
        <translation>Aktörler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="121" />
        <source>Recipients:</source>
        <translation>Alıcılar:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="119" />
        <source>Trigger:</source>
        <translation>Tetikleyici:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="118" />
        <source>Location:</source>
        <translation>Yer:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="111" />
        <source>Confidence:</source>
        <translation>Güven:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="77" />
        <source>Choose a type…</source>
        <translation>Bir tür seçin…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="100" />
        <source>Save (Ctrl+S)</source>
        <translation>Kaydet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="123" />
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="124" />
        <source>Date:</source>
        <translation>Tarih:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="149" />
        <source>the words it was read from</source>
        <translation>okunduğu sözcükler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="151" />
        <source>e.g. diplomatic, military</source>
        <translation>ör. diplomatic, military</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="235" />
        <source>— select words, then Ctrl+G</source>
        <translation>— sözcükleri seçip Ctrl+G</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="305" />
        <source>The event was not saved: choose its type first (type its number, e.g. 2 for CONSULT).</source>
        <translation>Olay kaydedilmedi: önce türünü seçin (numarasını yazın, ör. CONSULT için 2).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="307" />
        <source>Not saved: no type</source>
        <translation>Kaydedilmedi: tür yok</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/event_editor.py" line="289" />
        <source>Unknown actor: %s</source>
        <translation>Bilinmeyen aktör: %s</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="36" />
        <source>&amp;Export dataset…</source>
        <translation>Veri kümesini &amp;dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="38" />
        <source>Export &amp;translated article…</source>
        <translation>Çevrilmiş &amp;makaleyi dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="40" />
        <source>Import &amp;annotations…</source>
        <translation>&amp;Etiketleri içe aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="58" />
        <source>Exporting %s</source>
        <translation>%s dışa aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="61" />
        <source>An export is already running.</source>
        <translation>Zaten bir dışa aktarma sürüyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="69" />
        <source>Open a document to export it as an article.</source>
        <translation>Makale olarak dışa aktarmak için bir belge açın.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="71" />
        <source>Word document (*.docx)</source>
        <translation>Word belgesi (*.docx)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="71" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="72" />
        <source>Web page (*.html)</source>
        <translation>Web sayfası (*.html)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="72" />
        <source>Plain text (*.txt)</source>
        <translation>Düz metin (*.txt)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="74" />
        <source>Export translated article</source>
        <translation>Çevrilmiş makaleyi dışa aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="93" />
        <source>Exporting the article</source>
        <translation>Makale dışa aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="96" />
        <source>An article export is already running.</source>
        <translation>Bir makale dışa aktarımı zaten sürüyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="102" />
        <source>Import annotations</source>
        <translation>Etiketleri içe aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="114" />
        <source>Importing %s</source>
        <translation>%s içe aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="117" />
        <source>An import of annotations is already running.</source>
        <translation>Zaten bir etiket içe aktarması sürüyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="121" />
        <source>Exported %1 sentences (%2 records) to %3 in %4 s.</source>
        <translation>%1 cümle (%2 kayıt) %4 sn'de %3 dosyasına aktarıldı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/exchange_menu.py" line="125" />
        <source>%n span(s) outside their text were left out.</source>
        <translation><numerusform>Metninin dışında kalan %n aralık dışarıda bırakıldı.</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="130" />
        <source>Wrote the article to %1: %2 paragraphs, %3 notes; %4 of %5 sentences kept in Turkish (marked [TR]).</source>
        <translation>Makale %1 dosyasına yazıldı: %2 paragraf, %3 not; %5 cümleden %4 tanesi Türkçe bırakıldı ([TR] ile işaretli).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="141" />
        <source>Imported %1 records from %2: %3 documents, %4 translations, %5 mentions, %6 events, %7 actors; %8 already there.</source>
        <translation>%2 dosyasından %1 kayıt içe aktarıldı: %3 belge, %4 çeviri, %5 anma, %6 olay, %7 aktör; %8 kayıt zaten vardı.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/exchange_menu.py" line="149" />
        <source>Nothing new in %s.</source>
        <translation>%s içinde yeni bir şey yok.</translation>
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
        <source>Only curated annotations</source>
        <translation>Yalnızca birleştirilmiş (küratör) etiketleri</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="71" />
        <source>Refuse events that break the taxonomy's rules</source>
        <translation>Sınıflandırma kurallarını çiğneyen olayları reddet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="72" />
        <source>Include the QA issues (JSONL, XLIFF)</source>
        <translation>QA sorunlarını ekle (JSONL, XLIFF)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="75" />
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="76" />
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="77" />
        <source>Split into train / dev / test by document</source>
        <translation>Belgeye göre eğitim / geliştirme / test olarak böl</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="86" />
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="106" />
        <source>Format:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="107" />
        <source>Documents:</source>
        <translation>Belgeler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="108" />
        <source>Sentences:</source>
        <translation>Cümleler:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="113" />
        <source>Span text for doccano / Label Studio:</source>
        <translation>doccano / Label Studio için aralık metni:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="115" />
        <source>Train / dev / test:</source>
        <translation>Eğitim / geliştirme / test:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="116" />
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="117" />
        <source>Write to:</source>
        <translation>Yazılacak dosya:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export_dialog.py" line="154" />
        <source>Export to</source>
        <translation>Dışa aktarılacak yer</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="42" />
        <source>Find in Turkish and English (Ctrl+F)</source>
        <translation>Türkçe ve İngilizcede ara (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="45" />
        <source>All statuses</source>
        <translation>Bütün durumlar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="48" />
        <source>With open suggestions</source>
        <translation>Açık önerisi olanlar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="49" />
        <source>Engines disagree</source>
        <translation>Motorlar ayrışıyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="52" />
        <source>Sentences whose machine translations differ markedly between engines</source>
        <translation>Makine çevirileri motordan motora belirgin biçimde farklı olan cümleler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="55" />
        <source>Reading order</source>
        <translation>Okuma sırası</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="56" />
        <source>Engines disagree most first</source>
        <translation>En çok ayrışan motorlar önce</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="62" />
        <source>Order of the rows: where the engines disagree is where to look first</source>
        <translation>Satırların sırası: motorların ayrıştığı yer, ilk bakılacak yerdir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="63" />
        <source>Edit all parts</source>
        <translation>Bütün bölümleri düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="65" />
        <source>Also stop on and edit footnotes, bio, citation and other non-body parts</source>
        <translation>Dipnot, yazar bilgisi, atıf ve gövde dışındaki öteki bölümlerde de dur ve düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="70" />
        <source>Replace in the English with…</source>
        <translation>İngilizcede şununla değiştir…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="71" />
        <source>Match case</source>
        <translation>Büyük/küçük harf duyarlı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="72" />
        <source>Whole words</source>
        <translation>Tam sözcük</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="73" />
        <source>Regular expression</source>
        <translation>Düzenli ifade</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="74" />
        <source>Replace</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="75" />
        <source>Replace in the current sentence's English and go to the next match</source>
        <translation>Geçerli cümlenin İngilizcesinde değiştir ve sonraki eşleşmeye git</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="77" />
        <source>Replace all</source>
        <translation>Tümünü değiştir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="79" />
        <source>Replace in the English of every sentence shown (one undo step)</source>
        <translation>Gösterilen bütün cümlelerin İngilizcesinde değiştir (tek geri alma adımı)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/find_bar.py" line="147" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="39" />
        <source>Glossary</source>
        <translation>Sözlük</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="41" />
        <source>Find terms (Turkish, English or note)</source>
        <translation>Terim bul (Türkçe, İngilizce ya da not)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="57" />
        <source>Actors of the registry are terms too (Annotate → Actor registry).</source>
        <translation>Aktör kaydındaki aktörler de terimdir (Etiketle → Aktör kaydı).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="59" />
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="60" />
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="61" />
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="95" />
        <source>%n entries</source>
        <translation><numerusform>%n girdi</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="117" />
        <source>Add term “%s”</source>
        <translation>“%s” terimini ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="133" />
        <source>Edit term “%s”</source>
        <translation>“%s” terimini düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/glossary_dialog.py" line="142" />
        <source>Delete term “%s”</source>
        <translation>“%s” terimini sil</translation>
    </message>
</context>
<context>
    <name>GlossaryTableModel</name>
    <message>
        <location filename="../../annotator/gui/models/glossary_table_model.py" line="22" />
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/glossary_table_model.py" line="22" />
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/glossary_table_model.py" line="22" />
        <source>Forbidden</source>
        <translation>Yasak</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/glossary_table_model.py" line="23" />
        <source>Note</source>
        <translation>Not</translation>
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
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="40" />
        <source>Machine translation settings</source>
        <translation>Makine çevirisi ayarları</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="48" />
        <source>model folder or .argosmodel file</source>
        <translation>model klasörü ya da .argosmodel dosyası</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="49" />
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="54" />
        <source>the model's name on the server</source>
        <translation>modelin sunucudaki adı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="65" />
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="66" />
        <source>Server URL:</source>
        <translation>Sunucu adresi:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="67" />
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="68" />
        <source>LLM model:</source>
        <translation>LLM modeli:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="69" />
        <source>API key:</source>
        <translation>API anahtarı:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="71" />
        <source>Parallel requests:</source>
        <translation>Eşzamanlı istek:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="102" />
        <source>This engine needs no key.</source>
        <translation>Bu motor anahtar gerektirmez.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="104" />
        <source>No key stored. Type one to keep it in the system keyring, or set %s.</source>
        <translation>Kayıtlı anahtar yok. Sistem anahtarlığında saklamak için yazın ya da %s değişkenini tanımlayın.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="107" />
        <source>A key is stored (%s); type a new one to replace it.</source>
        <translation>Bir anahtar kayıtlı (%s); değiştirmek için yenisini yazın.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="112" />
        <source>Choose a model</source>
        <translation>Model seçin</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="113" />
        <source>Argos model (*.argosmodel);;CTranslate2 model.bin (model.bin)</source>
        <translation>Argos modeli (*.argosmodel);;CTranslate2 model.bin (model.bin)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/mt_settings_dialog.py" line="124" />
        <source>Key not stored</source>
        <translation>Anahtar saklanamadı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="70" />
        <source>Annotator — %s</source>
        <translation>Annotator — %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="88" />
        <source>Suggestions</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="94" />
        <source>QA issues</source>
        <translation>QA sorunları</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="100" />
        <source>Find annotations</source>
        <translation>Etiket ara</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="155" />
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="156" />
        <source>&amp;New project…</source>
        <translation>&amp;Yeni proje…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="158" />
        <source>Open &amp;project…</source>
        <translation>&amp;Proje aç…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="159" />
        <source>Open &amp;recent project</source>
        <translation>Son &amp;projeler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="162" />
        <source>&amp;Import documents…</source>
        <translation>&amp;Belge içe aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="165" />
        <source>Open the &amp;sample commentary</source>
        <translation>Ö&amp;rnek yorumu aç</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="166" />
        <source>Document &amp;properties…</source>
        <translation>Belge ö&amp;zellikleri…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="168" />
        <source>Import translation &amp;memory (TMX)…</source>
        <translation>Çeviri &amp;belleği içe aktar (TMX)…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="170" />
        <source>&amp;Concordance…</source>
        <translation>&amp;Bağlam araması…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="175" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="178" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="180" />
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="181" />
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="182" />
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="191" />
        <source>Suggestion &amp;queue</source>
        <translation>Öneri &amp;kuyruğu</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="196" />
        <source>&amp;Annotate</source>
        <translation>&amp;Etiketle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="198" />
        <source>&amp;Quality</source>
        <translation>&amp;Kalite</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="200" />
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="201" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="204" />
        <source>&amp;About Annotator</source>
        <translation>Annotator &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="348" />
        <source>Import translation memory</source>
        <translation>Çeviri belleği içe aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="349" />
        <source>TMX (*.tmx);;All files (*)</source>
        <translation>TMX (*.tmx);;Bütün dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="359" />
        <source>Translation memory: %1 units added from %2 (%3 already there).</source>
        <translation>Çeviri belleği: %2 dosyasından %1 birim eklendi (%3 birim zaten vardı).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="363" />
        <source>Importing %s</source>
        <translation>%s içe aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="402" />
        <location filename="../../annotator/gui/main_window.py" line="407" />
        <source>New project</source>
        <translation>Yeni proje</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="403" />
        <source>Annotator projects (*.sqlite)</source>
        <translation>Annotator projeleri (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="414" />
        <source>Open project</source>
        <translation>Proje aç</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="415" />
        <source>Annotator projects (*.sqlite);;All files (*)</source>
        <translation>Annotator projeleri (*.sqlite);;Bütün dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="428" />
        <source>(none yet)</source>
        <translation>(henüz yok)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="441" />
        <source>Annotator could not be started.</source>
        <translation>Annotator başlatılamadı.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="519" />
        <source>Close Annotator?</source>
        <translation>Annotator kapatılsın mı?</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="520" />
        <source>An import or export is still running. Stop it and close? Documents imported so far are kept; a stopped export leaves no file.</source>
        <translation>Bir içe ya da dışa aktarma hâlâ sürüyor. Durdurup kapatılsın mı? O ana kadar içe aktarılan belgeler saklanır; durdurulan dışa aktarma dosya bırakmaz.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="194" />
        <source>&amp;Translate</source>
        <translation>Çe&amp;viri</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/main_window.py" line="266" />
        <source>Importing %n file(s)</source>
        <translation><numerusform>%n dosya içe aktarılıyor</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="269" />
        <source>Documents are being imported; wait for them to finish.</source>
        <translation>Belgeler içe aktarılıyor; bitmesini bekleyin.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="278" />
        <source>Sample missing</source>
        <translation>Örnek bulunamadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="279" />
        <source>The sample commentary is not installed.</source>
        <translation>Örnek yorum kurulu değil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/main_window.py" line="289" />
        <source>Imported %n document(s)</source>
        <translation><numerusform>%n belge içe aktarıldı</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="291" />
        <source>Some files were not imported</source>
        <translation>Bazı dosyalar içe aktarılamadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="300" />
        <source>Import documents</source>
        <translation>Belge içe aktar</translation>
    </message>
</context>
<context>
    <name>MemoryPane</name>
    <message>
        <location filename="../../annotator/gui/widgets/memory_pane.py" line="25" />
        <source>Translation memory (Ctrl+1…5 inserts)</source>
        <translation>Çeviri belleği (Ctrl+1…5 ekler)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/memory_pane.py" line="39" />
        <source>in context</source>
        <translation>bağlamda</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/memory_pane.py" line="39" />
        <source>exact</source>
        <translation>tam</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/memory_pane.py" line="40" />
        <source>fuzzy</source>
        <translation>bulanık</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/memory_pane.py" line="47" />
        <source>No match of 70 % or more.</source>
        <translation>%70 ya da daha yüksek eşleşme yok.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <location filename="../../annotator/gui/operations.py" line="86" />
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
</context>
<context>
    <name>QA</name>
    <message>
        <location filename="../../annotator/messages/qa.py" line="32" />
        <source>The sentence is confirmed, but its English is empty.</source>
        <translation>Cümle onaylanmış, ama İngilizcesi boş.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="34" />
        <source>The number {number} of the Turkish is not in the English.</source>
        <translation>Türkçedeki {number} sayısı İngilizcede yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="35" />
        <source>The number {number} is written the Turkish way in the English; in English it is {english}.</source>
        <translation>{number} sayısı İngilizcede Türkçe biçimde yazılmış; İngilizcede {english} yazılır.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="38" />
        <source>The date “{date}” of the Turkish is not in the English (in English: {english}).</source>
        <translation>Türkçedeki “{date}” tarihi İngilizcede yok (İngilizcesi: {english}).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="40" />
        <source>The footnote marker {marker} of the Turkish is not in the English.</source>
        <translation>Türkçedeki {marker} dipnot işareti İngilizcede yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="42" />
        <source>The English has a footnote marker {marker} that the Turkish does not have.</source>
        <translation>İngilizcede Türkçede olmayan bir {marker} dipnot işareti var.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="44" />
        <source>The footnote markers are in another order: {source} in the Turkish, {target} in the English.</source>
        <translation>Dipnot işaretlerinin sırası farklı: Türkçede {source}, İngilizcede {target}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="47" />
        <source>The English uses “{variant}”, which the glossary forbids for “{term}”; use “{english}”.</source>
        <translation>İngilizcede, terim sözlüğünün “{term}” için yasakladığı “{variant}” kullanılmış; “{english}” kullanın.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="50" />
        <source>The English uses “{variant}”, which the glossary forbids for “{term}”.</source>
        <translation>İngilizcede, terim sözlüğünün “{term}” için yasakladığı “{variant}” kullanılmış.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="52" />
        <source>The glossary term “{term}” is in the Turkish, but none of its English terms is in the English: {english}.</source>
        <translation>Türkçede “{term}” terimi var, ama İngilizce terimlerinden hiçbiri İngilizcede yok: {english}.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="55" />
        <source>The English is the same as the Turkish: the sentence may not be translated.</source>
        <translation>İngilizcesi Türkçesiyle aynı: cümle çevrilmemiş olabilir.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="57" />
        <source>The same Turkish sentence is translated differently elsewhere: “{other}”.</source>
        <translation>Aynı Türkçe cümle başka bir yerde farklı çevrilmiş: “{other}”.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="59" />
        <source>The same Turkish sentence is translated in {count} other ways elsewhere, for example “{other}”.</source>
        <translation>Aynı Türkçe cümle başka yerlerde {count} farklı biçimde çevrilmiş, örneğin “{other}”.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="62" />
        <source>The Turkish ends with “{source}”, the English has no end mark.</source>
        <translation>Türkçe “{source}” ile bitiyor, İngilizcede bitiş işareti yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="64" />
        <source>The English ends with “{target}”, the Turkish has no end mark.</source>
        <translation>İngilizce “{target}” ile bitiyor, Türkçede bitiş işareti yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="66" />
        <source>The Turkish ends with “{source}”, the English with “{target}”.</source>
        <translation>Türkçe “{source}” ile, İngilizce “{target}” ile bitiyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="68" />
        <source>The brackets {mark} do not balance in the English (they do in the Turkish).</source>
        <translation>İngilizcede {mark} parantezleri denk değil (Türkçede denk).</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="70" />
        <source>The quotation marks {mark} do not balance in the English.</source>
        <translation>İngilizcede {mark} tırnak işaretleri denk değil.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="72" />
        <source>The English has a double space.</source>
        <translation>İngilizcede çift boşluk var.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="73" />
        <source>The English has a space before “{mark}”.</source>
        <translation>İngilizcede “{mark}” işaretinden önce boşluk var.</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="78" />
        <source>Empty confirmed sentence</source>
        <translation>Boş onaylı cümle</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="79" />
        <source>Numbers</source>
        <translation>Sayılar</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="80" />
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="81" />
        <source>Footnote markers</source>
        <translation>Dipnot işaretleri</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="82" />
        <source>Forbidden term</source>
        <translation>Yasak terim</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="83" />
        <source>Missing term</source>
        <translation>Eksik terim</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="84" />
        <source>Untranslated</source>
        <translation>Çevrilmemiş</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="85" />
        <source>Inconsistent translation</source>
        <translation>Tutarsız çeviri</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="86" />
        <source>End punctuation</source>
        <translation>Bitiş noktalaması</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="87" />
        <source>Brackets</source>
        <translation>Parantezler</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="88" />
        <source>Quotation marks</source>
        <translation>Tırnak işaretleri</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="89" />
        <source>Spaces</source>
        <translation>Boşluklar</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="94" />
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="95" />
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <location filename="../../annotator/messages/qa.py" line="96" />
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>QaIssueModel</name>
    <message>
        <location filename="../../annotator/gui/models/qa_issue_model.py" line="32" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/qa_issue_model.py" line="32" />
        <source>Severity</source>
        <translation>Önem</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/qa_issue_model.py" line="32" />
        <source>Check</source>
        <translation>Denetim</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/qa_issue_model.py" line="32" />
        <source>Issue</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/qa_issue_model.py" line="57" />
        <source>(marked not an error)</source>
        <translation>(hata değil olarak işaretli)</translation>
    </message>
</context>
<context>
    <name>QaPane</name>
    <message>
        <location filename="../../annotator/gui/widgets/qa_pane.py" line="64" />
        <source>Enter goes to the sentence; Space marks an issue as not an error.</source>
        <translation>Enter cümleye gider; Boşluk bir sorunu hata değil olarak işaretler.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/qa_pane.py" line="68" />
        <source>Show &amp;marked</source>
        <translation>İşaretlileri &amp;göster</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/qa_pane.py" line="69" />
        <source>&amp;Check again</source>
        <translation>&amp;Yeniden denetle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/qa_pane.py" line="70" />
        <source>&amp;Not an error</source>
        <translation>&amp;Hata değil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/qa_pane.py" line="134" />
        <source>%n issue(s)</source>
        <translation><numerusform>%n sorun</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/qa_pane.py" line="135" />
        <source>%n error(s)</source>
        <translation><numerusform>%n hata</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/qa_pane.py" line="158" />
        <source>Marked as an error again.</source>
        <translation>Yeniden hata olarak işaretlendi.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/qa_pane.py" line="159" />
        <source>Marked as not an error.</source>
        <translation>Hata değil olarak işaretlendi.</translation>
    </message>
</context>
<context>
    <name>QualityMenu</name>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="27" />
        <source>&amp;Glossary…</source>
        <translation>&amp;Sözlük…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="28" />
        <source>&amp;Import glossary (TBX, CSV, TSV)…</source>
        <translation>Sözlük &amp;içe aktar (TBX, CSV, TSV)…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="29" />
        <source>&amp;Export glossary…</source>
        <translation>Sözlüğü &amp;dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="31" />
        <source>&amp;QA issues of this document</source>
        <translation>Bu belgenin &amp;QA sorunları</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="43" />
        <source>Import glossary</source>
        <translation>Sözlük içe aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="44" />
        <source>Glossaries (*.tbx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Sözlükler (*.tbx *.csv *.tsv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="49" />
        <source>Glossary not imported</source>
        <translation>Sözlük içe aktarılmadı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="54" />
        <source>Glossary: %1 added, %2 completed, %3 already there, %4 skipped.</source>
        <translation>Sözlük: %1 eklendi, %2 tamamlandı, %3 zaten vardı, %4 atlandı.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="64" />
        <source>Export glossary</source>
        <translation>Sözlüğü dışa aktar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="65" />
        <source>TBX (*.tbx);;CSV (*.csv);;TSV (*.tsv)</source>
        <translation>TBX (*.tbx);;CSV (*.csv);;TSV (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/quality_menu.py" line="70" />
        <source>Glossary not exported</source>
        <translation>Sözlük dışa aktarılmadı</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/quality_menu.py" line="73" />
        <source>%n glossary entries written.</source>
        <translation><numerusform>%n sözlük girdisi yazıldı.</numerusform></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="82" />
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="83" />
        <source>byline</source>
        <translation>yazar satırı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="84" />
        <source>body</source>
        <translation>gövde</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="85" />
        <source>footnote</source>
        <translation>dipnot</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="86" />
        <source>reference</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="87" />
        <source>bio</source>
        <translation>yazar bilgisi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="88" />
        <source>citation</source>
        <translation>atıf</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="89" />
        <source>caption</source>
        <translation>resim altı</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="90" />
        <source>boilerplate</source>
        <translation>künye</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="176" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="176" />
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="176" />
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="176" />
        <source>Part</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="177" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="209" />
        <source>Part: %s</source>
        <translation>Bölüm: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="212" />
        <source>Engines disagree: %.0f of 100</source>
        <translation>Motorlar ayrışıyor: 100 üzerinden %.0f</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="226" />
        <source>MT failed</source>
        <translation>MÇ başarısız</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="25" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="27" />
        <source>Recorded with every edit and annotation</source>
        <translation>Her düzeltme ve etiketle birlikte kaydedilir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="37" />
        <source>When I confirm a sentence, give its English to identical untranslated sentences (as drafts)</source>
        <translation>Bir cümleyi onayladığımda İngilizcesini aynı, çevrilmemiş cümlelere (taslak olarak) ver</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="41" />
        <source>Ask before confirming a sentence that has a QA error (a number, date, footnote or forbidden term)</source>
        <translation>QA hatası (sayı, tarih, dipnot ya da yasak terim) olan bir cümleyi onaylamadan önce sor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="44" />
        <source>A new language applies the next time you start.</source>
        <translation>Yeni dil, uygulama bir sonraki açılışta geçerli olur.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="49" />
        <source>Your name:</source>
        <translation>Adınız:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="50" />
        <source>Interface language:</source>
        <translation>Arayüz dili:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="52" />
        <source>Text size:</source>
        <translation>Yazı boyutu:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="53" />
        <source>Repetitions:</source>
        <translation>Tekrarlar:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/settings_dialog.py" line="54" />
        <source>Quality checks:</source>
        <translation>Kalite denetimleri:</translation>
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
        <location filename="../../annotator/gui/shortcuts.py" line="82" />
        <source>Confirm and go to next unconfirmed</source>
        <translation>Onayla ve onaylanmamış sonraki cümleye git</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="84" />
        <source>Mark reviewed and go to next</source>
        <translation>Gözden geçirildi olarak işaretle ve sonrakine git</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="87" />
        <source>Insert machine translation</source>
        <translation>Makine çevirisini ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="89" />
        <source>Copy source to English</source>
        <translation>Kaynağı İngilizceye kopyala</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="91" />
        <source>Revert to machine translation</source>
        <translation>Makine çevirisine geri dön</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="93" />
        <source>Insert a glossary term…</source>
        <translation>Sözlükten terim ekle…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="95" />
        <source>Add the selection to the glossary…</source>
        <translation>Seçimi sözlüğe ekle…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="97" />
        <source>Next sentence</source>
        <translation>Sonraki cümle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="99" />
        <source>Previous sentence</source>
        <translation>Önceki cümle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="101" />
        <source>Next unconfirmed sentence</source>
        <translation>Onaylanmamış sonraki cümle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="103" />
        <source>Find and filter</source>
        <translation>Ara ve süz</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="105" />
        <source>Find and replace</source>
        <translation>Bul ve değiştir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="107" />
        <source>Show all statuses</source>
        <translation>Bütün durumları göster</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="112" />
        <source>Show only: %s</source>
        <translation>Yalnızca göster: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="117" />
        <source>Insert translation memory match %d</source>
        <translation>%d numaralı çeviri belleği eşleşmesini ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="121" />
        <source>Insert machine translation %d</source>
        <translation>%d. makine çevirisini ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="129" />
        <location filename="../../annotator/gui/shortcuts.py" line="134" />
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="131" />
        <location filename="../../annotator/gui/shortcuts.py" line="136" />
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="175" />
        <source>Insert translation memory match 1…5</source>
        <translation>1…5 numaralı çeviri belleği eşleşmesini ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="176" />
        <source>In the event frame: pick the type / next field / save / close</source>
        <translation>Olay çerçevesinde: türü seç / sonraki alan / kaydet / kapat</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="177" />
        <source>number keys / Tab / Ctrl+S / Escape</source>
        <translation>sayı tuşları / Tab / Ctrl+S / Escape</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="170" />
        <source>Edit the English</source>
        <translation>İngilizceyi düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="170" />
        <source>F2, or start typing</source>
        <translation>F2 ya da yazmaya başlayın</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="171" />
        <source>In the editor: keep text / new line / discard</source>
        <translation>Düzenleyicide: metni koru / yeni satır / vazgeç</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="172" />
        <source>Enter / Shift+Enter / Escape</source>
        <translation>Enter / Shift+Enter / Escape</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="173" />
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
        <location filename="../../annotator/gui/models/segment_table_model.py" line="70" />
        <source>untranslated</source>
        <translation>çevrilmedi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="71" />
        <source>mt</source>
        <translation>mç</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="72" />
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="73" />
        <source>translated</source>
        <translation>çevrildi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/models/segment_table_model.py" line="74" />
        <source>reviewed</source>
        <translation>gözden geçirildi</translation>
    </message>
</context>
<context>
    <name>SuggestionQueue</name>
    <message>
        <location filename="../../annotator/gui/widgets/suggestion_queue.py" line="61" />
        <source>F8 accepts, F9 rejects and goes on; Shift+F8 accepts the whole sentence.</source>
        <translation>F8 kabul eder, F9 reddeder ve sonrakine geçer; Shift+F8 bütün cümleyi kabul eder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/suggestion_queue.py" line="111" />
        <source>%n open suggestion(s)</source>
        <translation><numerusform>%n açık öneri</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/suggestion_queue.py" line="135" />
        <source>There is no suggestion to review.</source>
        <translation>Gözden geçirilecek öneri yok.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/suggestion_queue.py" line="144" />
        <source>Accept %n suggestion(s)</source>
        <translation><numerusform>%n öneriyi kabul et</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/widgets/suggestion_queue.py" line="145" />
        <source>Reject %n suggestion(s)</source>
        <translation><numerusform>%n öneriyi reddet</numerusform></translation>
    </message>
</context>
<context>
    <name>SuggestionQueueModel</name>
    <message>
        <location filename="../../annotator/gui/models/suggestion_queue_model.py" line="107" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/term_dialog.py" line="32" />
        <source>Edit glossary entry</source>
        <translation>Sözlük girdisini düzenle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/term_dialog.py" line="33" />
        <source>Add glossary entry</source>
        <translation>Sözlük girdisi ekle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/term_dialog.py" line="38" />
        <source>Preferred term first; separate with ;</source>
        <translation>Önce tercih edilen terim; ; ile ayırın</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/term_dialog.py" line="39" />
        <source>English renderings not to use</source>
        <translation>Kullanılmayacak İngilizce karşılıklar</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/term_dialog.py" line="41" />
        <source>Inflected forms are found too: “Dışişleri Bakanı” also in “Dışişleri Bakanı'nın”.</source>
        <translation>Çekimli biçimler de bulunur: “Dışişleri Bakanı”, “Dışişleri Bakanı'nın” içinde de.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/term_dialog.py" line="45" />
        <source>&amp;Turkish term:</source>
        <translation>&amp;Türkçe terim:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/term_dialog.py" line="46" />
        <source>&amp;English:</source>
        <translation>İ&amp;ngilizce:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/term_dialog.py" line="47" />
        <source>&amp;Forbidden:</source>
        <translation>&amp;Yasak:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/term_dialog.py" line="48" />
        <source>&amp;Note:</source>
        <translation>N&amp;ot:</translation>
    </message>
</context>
<context>
    <name>TermsPane</name>
    <message>
        <location filename="../../annotator/gui/widgets/terms_pane.py" line="33" />
        <source>Glossary (Ctrl+Space inserts)</source>
        <translation>Sözlük (Ctrl+Boşluk ekler)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/terms_pane.py" line="52" />
        <source>actor %s</source>
        <translation>aktör %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/terms_pane.py" line="56" />
        <source>not: %s</source>
        <translation>değil: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/terms_pane.py" line="64" />
        <source>No glossary term in this sentence.</source>
        <translation>Bu cümlede sözlük terimi yok.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/widgets/terms_pane.py" line="69" />
        <source>(no English yet)</source>
        <translation>(henüz İngilizcesi yok)</translation>
    </message>
</context>
<context>
    <name>TranslationMenu</name>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="50" />
        <source>Machine translation</source>
        <translation>Makine çevirisi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="52" />
        <source>Translate &amp;document</source>
        <translation>&amp;Belgeyi çevir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="54" />
        <source>Translate &amp;selected sentences</source>
        <translation>&amp;Seçili cümleleri çevir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="56" />
        <source>&amp;Retry failed sentences</source>
        <translation>&amp;Başarısız cümleleri yeniden dene</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="58" />
        <source>&amp;Cancel translation</source>
        <translation>Çeviriyi &amp;iptal et</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="60" />
        <source>Machine translation &amp;settings…</source>
        <translation>Makine çevirisi &amp;ayarları…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="71" />
        <source>Translating the document</source>
        <translation>Belge çevriliyor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/translation_menu.py" line="79" />
        <source>Translating %n sentence(s)</source>
        <translation><numerusform>%n cümle çevriliyor</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="88" />
        <source>Retrying failed sentences</source>
        <translation>Başarısız cümleler yeniden deneniyor</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="118" />
        <source>A translation is already running.</source>
        <translation>Zaten bir çeviri sürüyor.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="132" />
        <source>%1: %2 of %3 sentences translated (%4 from the cache).</source>
        <translation>%1: %3 cümlenin %2 tanesi çevrildi (%4 tanesi önbellekten).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="138" />
        <source>No connection: %s</source>
        <translation>Bağlantı yok: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="142" />
        <source>Stopped after repeated timeouts: %s</source>
        <translation>Art arda zaman aşımlarından sonra durduruldu: %s</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/translation_menu.py" line="145" />
        <source>%d sentences were not sent; translate again to send them.</source>
        <translation>%d cümle gönderilmedi; göndermek için yeniden çevirin.</translation>
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