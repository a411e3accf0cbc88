"""Turkish trigger rules for event suggestions (PLOVER types, modes and contexts).

Patterns run over folded text (``ç ğ ı ö ş ü`` → ``c g i o s u``, lower case, same length), so
``Görüştü``, ``GÖRÜŞTÜ`` and ``gorustu`` all match ``gorus``. Verb rules stop at the stem; the
engine reads the rest of the word for negation (``görüşmedi``), the future (``görüşecek``) and
conditions (``görüşürse``). Order matters: the first rule to claim a stretch of text wins, so
specific phrases (``telefonda görüş-``, ``yardımı kes-``, ``görüşmesine katıl-``) come before the
general stems. Type and mode choices follow the PLOVER manual; ``docs/suggestions.md`` lists them
with the reasons.
"""

from __future__ import annotations

from annotator.core.suggest_rules import TriggerRule, rule

# A meeting-like noun as the object of the verb that follows ("ziyaretler iptal edildi",
# "görüşmesine katılmama"): claimed with the verb so the noun does not also suggest CONSULT.
_MEETING = (r"(?:gorusme|toplanti|zirve|muzakere|konferans|temas|ziyaret|etkinli[gk]|tore[nm])"
            r"[a-z]*\s+")
# The rest of a verb form after the stem, as opposed to a noun built on the same letters
# (görüş-tü / görüş-en / görüş-üyor, but not görüş-ü "his opinion" or görüş-ler "opinions").
_VERB = r"^(?:t|d|m|y|[ae]c|[ae]r|[iu]r|[ae]n|[iu]yor|[iu]l|[ae]b)"
_MEET_CUES = ((r"ziyaret|gel[a-z]*|gorus|bulus|kabul", "meet"),)

TR_RULES: tuple[TriggerRule, ...] = (
    # -- CONSULT by phone, and refusals or cancellations of meetings, before the meeting stems
    rule("tr.phone", "CONSULT", r"telefon(?:da|la|\s+ile)?\s+(?:gorus|konus)", "phone",
         conf=0.85, verb=True),
    rule("tr.video", "CONSULT", r"video\s*konferans", "phone", conf=0.75),
    rule("tr.reject_meeting", "REJECT", _MEETING + r"(?P<t>redde[dt]|boykot)", "meet", conf=0.8,
         verb=True),
    rule("tr.attend", "CONSULT", _MEETING + r"(?P<t>katil)", conf=0.65, verb=True,
         negated=("REJECT", ("meet",))),
    rule("tr.not_attend", "REJECT",
         r"katilma(?:ma|yacag|yacak|di|mis)|(?:bulunmama|katilmama)[a-z]*\s+karar"
         r"|katilmaya\s+isteksiz", "meet", conf=0.6),
    # PLOVER 0.8: "Cancellation of meetings are REJECT"; postponing one is treated the same.
    rule("tr.cancel_meeting", "REJECT", _MEETING + r"(?P<t>iptal(?:\s+e[dt])?)", "meet",
         conf=0.7, verb=True),
    rule("tr.cancel", "REJECT", r"iptal\s+e[dt]", conf=0.5, verb=True, cues=_MEET_CUES),
    rule("tr.postpone", "REJECT", f"(?:{_MEETING})?" + r"(?P<t>ertele)", "meet", conf=0.45,
         verb=True),
    # -- SANCTION: aid and relations cut or suspended. "withdraw" is for one's non-military
    # resources (aid, observers, diplomats, from talks); "discontinue" for the rest.
    # -- A diplomatic protest is ACCUSE/disapprove (a note, a summoned ambassador); a street
    # protest is PROTEST (below).
    rule("tr.protest_note", "ACCUSE",
         r"protesto\s+nota|nota\s+(?:ver|ilet|gonder)|(?:buyukelci|maslahatguzar)[a-z]*\s+"
         r"(?:[a-z]+\s+)?(?P<t>(?:disisleri(?:\s+bakanligi)?na\s+|bakanliga\s+)ca(?:gir|gril))",
         "disapprove", conf=0.75, contexts=("diplomatic",)),
    rule("tr.military_aid_cut", "SANCTION",
         r"askeri\s+yardim[a-z]*\s+(?P<t>kes|durdur|askiya\s+al|dondur)", "discontinue",
         conf=0.85, contexts=("military",), verb=True),
    rule("tr.aid_cut", "SANCTION",
         r"yardim[a-z]*\s+(?P<t>kes|durdur|askiya\s+al|dondur)", "withdraw", conf=0.85,
         verb=True),
    rule("tr.relations_cut", "SANCTION",
         r"iliski[a-z]*\s+(?P<t>askiya\s+al|kes|dondur|kopar|sonlandir)", "discontinue",
         conf=0.8, contexts=("diplomatic",), verb=True),
    rule("tr.talks_suspend", "SANCTION", _MEETING + r"(?P<t>askiya\s+al|durdur|sonlandir)",
         "withdraw", conf=0.75, contexts=("diplomatic",), verb=True),
    rule("tr.suspend", "SANCTION", r"askiya\s+al", conf=0.6, verb=True),
    rule("tr.trade_ban", "SANCTION",
         r"(?:ticaret|ithalat|ihracat|ithal|ihrac)[a-z]*\s+(?:[a-z]+\s+)?(?P<t>yasakla|durdur|kes)",
         conf=0.65, contexts=("economic",), verb=True),
    rule("tr.leave_pact", "SANCTION",
         r"(?:anlasma|antlasma|pakt|ittifak|sozlesme|orgut)[a-z]*(?:dan|den|tan|ten)\s+"
         r"(?:[a-z]+\s+)?(?P<t>cekil|ayril)", "withdraw", conf=0.7, verb=True),
    rule("tr.lift", "CONCEDE",
         r"(?:yaptirim|ambargo|yasag|yasak|kisitlama)[a-z]*\s+(?P<t>kaldir)", conf=0.55,
         verb=True),
    rule("tr.sanction_threat", "THREATEN", r"yaptirim[a-z]*\s+(?P<t>tehdit|uyar)", conf=0.7),
    rule("tr.sanction", "SANCTION", r"yaptirim|ambargo", conf=0.6),
    rule("tr.expel_diplomats", "SANCTION",
         r"(?:buyukelci|diplomat|maslahatguzar)[a-z]*\s+(?:[a-z]+\s+)?(?P<t>sinir\s+disi)",
         "expel", conf=0.75),
    rule("tr.recall", "SANCTION",
         r"(?:buyukelci|elci|diplomat)[a-z]*\s+(?:[a-z]+\s+){0,2}?(?P<t>geri\s+cag|ulkesine\s+cag)",
         "withdraw", conf=0.75, contexts=("diplomatic",), verb=True),
    rule("tr.deport", "COERCE", r"sinir\s+disi\s+e[dt]", "deport", conf=0.6, verb=True),
    # -- CONSULT: visits, hosting, meetings
    rule("tr.host_passive", "CONSULT", r"tarafindan\s+(?P<t>kabul\s+e[dt])", "host", conf=0.75,
         roles="host", verb=True),
    rule("tr.host", "CONSULT", r"agirla", "host", conf=0.75, roles="host", verb=True),
    rule("tr.visit", "CONSULT", r"ziyaret\s+(?:e[dt]|gerceklestir|yap|duzenle)|ziyarette\s+bulun",
         "visit", conf=0.8, roles="object", verb=True),
    rule("tr.visit_setting", "CONSULT",
         r"ziyaret(?:i|leri)?\s+sirasinda|ziyaret(?:inde|lerinde|te)", "visit", conf=0.3,
         setting=True),
    rule("tr.meeting_setting", "CONSULT", r"gorusme(?:de|lerde|sinde|lerinde)", conf=0.3,
         setting=True),
    rule("tr.meet", "CONSULT", r"gorus", conf=0.7, verb=True, rest=_VERB),
    rule("tr.meet_up", "CONSULT", r"bulus", conf=0.65, verb=True,
         rest=r"^(?:t|m[iu]s|[ae]c|[ae]r|[iu]r|[iu]yor|[ae]n)"),
    rule("tr.consult", "CONSULT", r"istisare|danisma(?:nlik)?\s+(?:yap|sagla|toplant)", conf=0.6),
    rule("tr.envoy", "CONSULT", r"elci(?:si)?\s+olarak\s+(?P<t>gonder|ata)", conf=0.55, verb=True),
    rule("tr.together", "CONSULT", r"bir\s+araya\s+gel", conf=0.75, verb=True),
    rule("tr.contacts", "CONSULT", r"temas(?:lar)?(?:da)?\s+bulun", conf=0.7, verb=True),
    rule("tr.negotiate", "CONSULT",
         r"muzakere\s+e[dt]|muzakere(?:ler)?(?:e|i|ye)?\s+(?:basla|surdur|yurut)", conf=0.7,
         verb=True),
    rule("tr.hold_meeting", "CONSULT",
         r"(?:toplanti|zirve)[a-z]*\s+(?P<t>yap|duzenle|gerceklestir)", conf=0.65, verb=True),
    # -- SUPPORT, AGREE
    rule("tr.cooperation_deal", "COOPERATE",
         r"(?:isbirligi|ortaklik|ticaret|yatirim)\s+(?:anlasma|protokol|mutabakat)[a-z]*\s+"
         r"(?:[a-z]+\s+)?(?P<t>imzala)", conf=0.75, verb=True),
    rule("tr.ratify", "SUPPORT",
         r"(?:anlasma|antlasma|sozlesme|protokol|mutabakat|muhtira)[a-z]*\s+(?:[a-z]+\s+)?"
         r"(?P<t>onayla|imzala)", conf=0.75, verb=True),
    rule("tr.sign", "SUPPORT", r"imzala", conf=0.55, verb=True),
    rule("tr.approve", "AGREE", r"onayla", conf=0.65, verb=True),
    rule("tr.accept", "AGREE", r"kabul\s+e[dt]", conf=0.5, verb=True,
         person=("CONSULT", ("host",))),
    rule("tr.agree_reach", "AGREE", r"(?:anlasmaya|mutabakata|uzlasiya)\s+var", conf=0.75,
         verb=True),
    rule("tr.agree", "AGREE", r"anlas|uzlas", conf=0.7, verb=True,
         rest=r"^(?:t|m[iu]s|[ae]c|[ae]r[ae]k|[iu]l|[ae]bil|[iu]yor)"),
    rule("tr.promise", "AGREE", r"soz\s+ver|taahhut\s+e[dt]|taahhudunde\s+bulun", conf=0.65,
         verb=True),
    rule("tr.invite", "AGREE", r"davet\s+e[dt]", conf=0.5, verb=True),
    rule("tr.support", "SUPPORT", r"destek\s+(?:ver|ol|cik|sagla)|destekle", conf=0.7,
         verb=True),
    rule("tr.encourage", "SUPPORT", r"tesvik\s+e[dt]", conf=0.5, verb=True),
    rule("tr.welcome", "SUPPORT",
         r"(?:memnuniyetle|olumlu|takdirle)\s+karsila|tebrik\s+e[dt]", conf=0.6, verb=True),
    # -- COOPERATE, AID
    rule("tr.cooperate", "COOPERATE",
         r"isbirligi(?:ni|ne)?\s+(?:[a-z]+\s+)?(?P<t>yap|gelistir|artir|guclendir|derinlestir"
         r"|baslat)", conf=0.6, verb=True),
    rule("tr.build_together", "COOPERATE",
         r"(?:birlikte|ortaklasa|ortak\s+olarak)\s+(?:[a-z]+\s+)?"
         r"(?P<t>insa|uret|gelistir|kur|isle|yurut)", conf=0.6, verb=True),
    rule("tr.joint_venture", "COOPERATE", r"ortak\s+(?:girisim|proje|sirket|uretim)", conf=0.55),
    rule("tr.invest", "COOPERATE", r"yatirim\s+(?:[a-z]+\s+)?(?P<t>yap|al|gerceklestir)", conf=0.45,
         contexts=("economic",), verb=True),
    rule("tr.joint_exercise", "COOPERATE", r"ortak\s+(?:askeri\s+)?tatbikat", conf=0.7,
         contexts=("military",)),
    # AID has no modes in PLOVER 0.8: what kind of aid is a context.
    rule("tr.aid", "AID",
         r"yardim(?:i|da)?\s+(?:[a-z]+\s+)?(?P<t>gonder|sagla|ulastir|bulun|e[dt]|yap|ver)",
         conf=0.6, verb=True),
    rule("tr.aid_noun", "AID", r"(?:insani\s+)?yardim\s+(?:konvoy|malzeme|paket|gemi|ucag)",
         conf=0.55),
    rule("tr.grant", "AID", r"hibe\s+e[dt]|kredi\s+(?:ver|sagla|ac)", conf=0.6,
         contexts=("economic",), verb=True),
    rule("tr.arms", "AID", r"silah\s+(?:gonder|sagla|ver|sevk)", conf=0.6,
         contexts=("military",), verb=True),
    rule("tr.asylum", "AID", r"(?:siginma|iltica)\s+(?:hakki\s+)?(?:ver|tani)", conf=0.7,
         contexts=("asylum",), verb=True),
    # -- RETREAT, CONCEDE
    rule("tr.withdraw_troops", "RETREAT",
         r"(?:asker|kuvvet|birlik)[a-z]*\s+(?:[a-z]+\s+)?(?P<t>geri\s+cek)", "withdraw",
         conf=0.75, contexts=("military",), verb=True),
    rule("tr.cede", "RETREAT",
         r"(?:toprak|bolge|ada|sehir|liman|koloni|eyalet|kent|ulke)[a-z]*\s+(?:[a-z]+\s+){0,4}?"
         r"(?P<t>iade\s+e[dt]|geri\s+ver|devre[dt]|teslim\s+e[dt])|devre[dt]",
         "return", conf=0.55, verb=True),
    rule("tr.pull_out", "RETREAT", r"(?:[a-z]+(?:dan|den|tan|ten))\s+(?P<t>cekil)", "withdraw",
         conf=0.5, contexts=("military",), verb=True,
         rest=r"^(?:d|m[iu]s|[ae]c|[iu]yor|[ae]r|m[ae])"),
    rule("tr.release", "RETREAT", r"serbest\s+birak", "release", conf=0.75, verb=True),
    rule("tr.resign", "RETREAT", r"istifa\s+e[dt]|gorevinden\s+ayril", "resign", conf=0.75,
         verb=True),
    rule("tr.ceasefire_keep", "RETREAT", r"ateskes[a-z]*\s+(?:uy|riayet)", "ceasefire",
         conf=0.6, verb=True),
    rule("tr.pardon", "CONCEDE", r"affet|af\s+(?:ila|cikar)|affedil", conf=0.65, verb=True),
    rule("tr.apologise", "CONCEDE", r"ozur\s+dile", conf=0.7, verb=True),
    rule("tr.ceasefire", "CONCEDE", r"ateskes\s+ilan", conf=0.6, verb=True),
    # -- REQUEST (PLOVER's DEMAND, renamed REQUEST in PLOVER/POLECAT 2023)
    rule("tr.permission", "REQUEST", r"(?:izin|musaade)\s+(?:talep\s+e[dt]|iste|isti(?=yor))",
         conf=0.8, verb=True, cues=_MEET_CUES),
    rule("tr.demand", "REQUEST",
         r"talep\s+e[dt]|talebinde\s+bulun|talep(?:te|lerde)\s+bulun", conf=0.7, verb=True,
         cues=_MEET_CUES),
    rule("tr.call_on", "REQUEST", r"cagri(?:da|sinda|larda)?\s+bulun|cagri\s+yap", conf=0.7,
         verb=True),
    rule("tr.call", "REQUEST", r"cagir", conf=0.45, verb=True),
    rule("tr.petition", "REQUEST", r"dilekce[a-z]*\s+(?P<t>sun|ver)",
         conf=0.65, verb=True),
    rule("tr.beg", "REQUEST", r"rica\s+e[dt]", conf=0.6, verb=True),
    # Not the participle (hükümetin istediği "what the government wants") nor -mAm/-mAk.
    rule("tr.ask", "REQUEST", r"iste|isti(?=yor)", conf=0.5, verb=True,
         rest=r"^(?:d(?![iu][gk])|m[iu]s|m[ae]d|y|r|n)",
         cues=_MEET_CUES),
    # -- ACCUSE, REJECT, THREATEN
    rule("tr.criticise", "ACCUSE", r"elestir", "disapprove", conf=0.75, roles="object",
         verb=True),
    rule("tr.condemn", "ACCUSE", r"kina(?=d|m|y|n|r)", "disapprove", conf=0.8, roles="object",
         verb=True),
    rule("tr.react", "ACCUSE", r"tepki\s+goster", "disapprove", conf=0.5, verb=True),
    rule("tr.accuse", "ACCUSE", r"sucla|sorumlu\s+tut|dava\s+ac", "allege", conf=0.75,
         roles="object", verb=True),
    rule("tr.investigate", "ACCUSE", r"sorusturma\s+(?:baslat|ac)", "investigate", conf=0.65,
         verb=True),
    rule("tr.regret", "ACCUSE",
         r"(?:esefle|tepkiyle|kaygiyla|endiseyle)\s+karsila|itham\s+e[dt]|alay\s+e[dt]"
         r"|meydan\s+oku|sikayet", "disapprove", conf=0.6, verb=True),
    rule("tr.charge", "ACCUSE",
         r"suc\s+duyurusu|iddianame|yasal\s+islem|hukuki\s+islem|(?:hakkinda|aleyhine)\s+dava",
         "allege", conf=0.6),
    rule("tr.investigate_verb", "ACCUSE",
         r"sorustur|incele(?:me)?\s+baslat|sorusturma\s+(?:altin|yurut)", "investigate",
         conf=0.6, verb=True),
    rule("tr.reject", "REJECT", r"redde[dt]", conf=0.75, verb=True),
    rule("tr.oppose", "REJECT", r"karsi\s+ci[kg]", conf=0.55, verb=True),
    rule("tr.veto", "REJECT", r"veto\s+e[dt]", conf=0.75, verb=True),
    rule("tr.threaten", "THREATEN",
         r"tehdit\s+e[dt]|tehdi(?:dinde|tte)\s+bulun", conf=0.8, roles="object", verb=True),
    rule("tr.ultimatum", "THREATEN", r"ultimatom", conf=0.7),
    # A warning that names no consequence from the speaker is ACCUSE/disapprove, not THREATEN.
    rule("tr.warn", "ACCUSE", r"uyar", "disapprove", conf=0.4, verb=True,
         rest=r"^(?:d|m[iu]s|[ae]n|y|i(?!nca)|[iu]da\s+bulun)"),
    # -- PROTEST
    rule("tr.demo", "PROTEST",
         r"gosteri[a-z]*\s+(?:duzenle|yap)|protestocu|yuruyus[a-z]*\s+(?:duzenle|yap)", "demo",
         conf=0.7),
    # Dispersing a crowd is COERCE, before the crowd's words suggest PROTEST.
    rule("tr.disperse", "COERCE",
         r"(?:gosterici|kalabalig|protestocu|grub|topluluk)[a-z]*\s+(?:[a-z]+\s+){0,3}?(?P<t>dagit)"
         r"|biber\s+gazi|tazyikli\s+su|plastik\s+mermi", conf=0.7, verb=True),
    rule("tr.street", "PROTEST",
         r"sokaklara\s+dokul|sokaga\s+dokul|(?:miting|eylem|oturma\s+eylemi)[a-z]*\s+"
         r"(?P<t>duzenle|yap|gerceklestir)|protesto\s+(?:gosterisi|yuruyusu|eylemi)|gosterici",
         "demo", conf=0.7),
    rule("tr.hunger_strike", "PROTEST", r"aclik\s+grev", "hunger", conf=0.8),
    rule("tr.general_strike", "PROTEST", r"genel\s+grev", "general", conf=0.75),
    rule("tr.strike", "PROTEST", r"grev", "strike", conf=0.55),
    rule("tr.protest", "PROTEST", r"protesto", conf=0.5),
    rule("tr.boycott", "PROTEST", r"boykot", "boycott", conf=0.4),
    # -- MOBILIZE, COERCE, ASSAULT
    rule("tr.deploy", "MOBILIZE",
         r"(?:asker|kuvvet|birlik|tank|savas\s+gemi)[a-z]*\s+(?:[a-z]+\s+)?"
         r"(?P<t>konuslandir|sevk\s+e[dt]|yig)", "troops", conf=0.7, contexts=("military",),
         verb=True),
    rule("tr.mobilise", "MOBILIZE", r"seferberlik", "troops", conf=0.7),
    rule("tr.exercise", "MOBILIZE", r"tatbikat", conf=0.45, contexts=("military",)),
    rule("tr.subdue", "COERCE", r"etkisiz\s+hale\s+getir|kontrol\s+altina\s+al", conf=0.45,
         verb=True),
    rule("tr.surveil", "COERCE", r"gozetim|dinle(?:me|n)[a-z]*\s+(?:skandal|operasyon)|fisle",
         conf=0.5),
    rule("tr.arrest", "COERCE", r"tutukla|gozaltina\s+al", "arrest", conf=0.8, verb=True),
    rule("tr.curfew", "COERCE", r"sokaga\s+cikma\s+yasag", "curfew", conf=0.8),
    rule("tr.ban", "COERCE", r"yasakla", "ban", conf=0.55, verb=True),
    rule("tr.emergency", "COERCE", r"olaganustu\s+hal\s+ilan", "martial-law", conf=0.7,
         verb=True),
    rule("tr.seize", "COERCE", r"el\s+koy", "confiscate", conf=0.65, verb=True),
    rule("tr.censor", "COERCE", r"sansur|erisim\s+engel", "censor", conf=0.6),
    rule("tr.suicide_attack", "ASSAULT", r"intihar\s+saldiri", "suicide-attack", conf=0.85),
    rule("tr.bomb_attack", "ASSAULT", r"bombali\s+saldiri|bomba\s+patla", "explosives",
         conf=0.8),
    rule("tr.shelling", "ASSAULT",
         r"(?:roket|fuze|havan|top)\s+(?:atisi|saldirisi)|(?:roket|fuze)\s+firlat",
         "heavy-weapons", conf=0.7),
    rule("tr.assassinate", "ASSAULT", r"suikast", "assassinate", conf=0.8),
    rule("tr.abduct", "ASSAULT", r"kacirild|rehin\s+al", "abduct", conf=0.65),
    rule("tr.fire", "ASSAULT", r"ates\s+ac", "firearms", conf=0.7, verb=True),
    rule("tr.arson", "ASSAULT", r"ates(?:e|le)\s+ver|kundakla", "destroy", conf=0.65, verb=True),
    rule("tr.stab", "ASSAULT", r"bicakla", conf=0.7, verb=True),
    rule("tr.conquer", "ASSAULT", r"fethet|feth\s+e[dt]|ilhak|topraklarina\s+kat|maglup\s+e[dt]"
         r"|bozguna\s+ugrat", conf=0.55, roles="object", verb=True),
    rule("tr.attack", "ASSAULT", r"saldir|bombala", conf=0.7, roles="object", verb=True),
    rule("tr.kill", "ASSAULT", r"oldur", conf=0.65, verb=True),
    rule("tr.clash", "ASSAULT", r"catis", conf=0.6),
    rule("tr.occupy", "ASSAULT", r"isgal\s+e[dt]", conf=0.7, verb=True),
)
