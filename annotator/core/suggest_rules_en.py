"""English trigger rules for event suggestions on the translation side.

Patterns run over the lower-cased English (same length as the text) and list their inflected forms
explicitly; the engine adds word boundaries on both sides. Negation, the future and conditions are
read from the words just before the trigger ("did not meet", "will visit", "if ... attacked"). As
in the Turkish table, specific phrases come first ("cut military aid", "refused to attend",
"phone call") and claim their words before the general verbs can.
"""

from __future__ import annotations

from annotator.core.suggest_rules import TriggerRule, rule

_WORDS = r"(?:[a-z'’-]+\s+)"  # one word and the space after it, used as _WORDS{0,3}?
_MEETING = (r"(?:meeting|meetings|talks|summit|conference|negotiations|consultations|visit|visits"
            r"|event|events|ceremony|hearing)")
_MEET_CUES = ((r"visit|travel|come|go\s+to|meet", "meet"),)

EN_RULES: tuple[TriggerRule, ...] = (
    # -- refusals, cancellations and cuts, before the meeting and aid words they contain
    rule("en.reject_meeting", "REJECT",
         r"(?:refus(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|decid(?:e|ed|es)\s+not|decision\s+not"
         r"|chose\s+not|agreed\s+not|unwilling)\s+to\s+(?:attend|participate|take\s+part|join|meet|be\s+present)",
         "meet", conf=0.8),
    rule("en.boycott_meeting", "REJECT",
         r"boycott(?:s|ed|ing)?\s+(?:the\s+|a\s+)?" + _WORDS + "{0,3}?" + _MEETING, "meet",
         conf=0.7),
    # -- A diplomatic protest is ACCUSE/disapprove; a street protest is PROTEST (below).
    rule("en.protest_note", "ACCUSE",
         r"(?:note|letter)s?\s+of\s+protest|protest\s+notes?|(?:lodged|filed|delivered|sent)\s+"
         r"(?:a\s+)?(?:formal\s+|diplomatic\s+|strong\s+)?protest"
         r"|summon(?:s|ed|ing)?\s+" + _WORDS
         + "{0,3}?(?:ambassador|envoy|charg[eé]\\s+d'affaires)",
         "disapprove", conf=0.75, contexts=("diplomatic",)),
    rule("en.military_aid_cut", "SANCTION",
         r"(?:cut(?:s|ting)?|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze"
         r"|stop(?:s|ped|ping)?|end(?:s|ed|ing)?|withh[eo]ld(?:s|ing)?)\s+(?:off\s+)?"
         + _WORDS + r"{0,2}?military\s+(?:aid|assistance)", "discontinue", conf=0.85,
         contexts=("military",)),
    rule("en.aid_cut", "SANCTION",
         r"(?:cut(?:s|ting)?|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze"
         r"|stop(?:s|ped|ping)?|end(?:s|ed|ing)?|withh[eo]ld(?:s|ing)?|withdr(?:ew|aw|awn|awing))"
         r"\s+(?:off\s+)?" + _WORDS + "{0,3}?(?:aid|assistance|funding)", "withdraw", conf=0.85),
    rule("en.aid_cut_noun", "SANCTION",
         r"(?:cut(?:ting)?|suspension|halt|freeze|cessation|end)\s+(?:of|to|in)\s+" + _WORDS
         + r"{0,2}?(?:aid|assistance|funding)|aid\s+cuts?", "withdraw", conf=0.8),
    rule("en.relations_cut", "SANCTION",
         r"(?:suspend(?:s|ed|ing)?|sever(?:s|ed|ing)?|cut(?:s|ting)?|froze|freez(?:e|es|ing)"
         r"|downgrad(?:e|ed|es|ing)|broke\s+off|break\s+off)\s+(?:off\s+)?" + _WORDS
         + "{0,3}?(?:relations|ties|contacts)", "discontinue", conf=0.8,
         contexts=("diplomatic",)),
    rule("en.talks_suspend", "SANCTION",
         r"(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|broke\s+off|walked\s+out\s+of"
         r"|pulled\s+out\s+of)\s+" + _WORDS + "{0,2}?(?:talks|negotiations|dialogue|meetings?)",
         "withdraw", conf=0.75, contexts=("diplomatic",)),
    # PLOVER 0.8: "Cancellation of meetings are REJECT"; postponing one is treated the same.
    rule("en.meeting_cancelled", "REJECT",
         r"(?:visits?|meetings?|talks|summit|trip)\s+" + _WORDS + r"{0,6}?(?:was|were|had\s+been"
         r"|has\s+been|have\s+been|been)\s+(?P<t>cancel(?:l?ed)|postponed|called\s+off)",
         "meet", conf=0.7),
    rule("en.cancel", "REJECT", r"cancel(?:l?ed|s|ling)?|cancellation|call(?:ed)?\s+off",
         conf=0.6, cues=_MEET_CUES),
    rule("en.postpone", "REJECT", r"postpon(?:e|ed|es|ing|ement)|put\s+off", "meet",
         conf=0.45),
    rule("en.suspend", "SANCTION", r"suspend(?:s|ed|ing)?|suspension", conf=0.55),
    rule("en.trade_ban", "SANCTION",
         r"(?:ban(?:ned|s)?|halt(?:ed|s)?|stop(?:ped|s)?|suspend(?:ed|s)?)\s+(?:the\s+|all\s+)?"
         + _WORDS + "{0,2}?(?:trade|imports?|exports?)", conf=0.65, contexts=("economic",)),
    rule("en.leave_pact", "SANCTION",
         r"(?:pull(?:s|ed|ing)?\s+out|withdr(?:ew|aw|awn|aws|awing)|exit(?:s|ed|ing)?)\s+"
         r"(?:of|from)\s+(?:the\s+)?" + _WORDS
         + "{0,2}?(?:pact|treaty|agreement|accord|alliance|deal)",
         "withdraw", conf=0.7),
    rule("en.lift", "CONCEDE",
         r"(?:lift(?:s|ed|ing)?|eas(?:e|ed|es|ing)|remov(?:e|ed|es|ing))\s+(?:the\s+)?" + _WORDS
         + "{0,2}?(?:ban|sanctions|restrictions|curfew|embargo|blockade)", conf=0.6),
    rule("en.sanction_threat", "THREATEN",
         r"threaten(?:s|ed|ing)?\s+" + _WORDS + "{0,3}?sanctions", conf=0.75),
    rule("en.sanction", "SANCTION", r"sanction(?:s|ed|ing)?|embargo(?:es|ed)?", conf=0.65),
    rule("en.recall", "SANCTION",
         r"recall(?:s|ed|ing)?\s+" + _WORDS + "{0,2}?(?:ambassador|envoy|diplomats?)",
         "withdraw", conf=0.75),
    rule("en.expel_diplomats", "SANCTION",
         r"expel(?:s|led|ling)?\s+" + _WORDS + "{0,3}?(?:ambassador|envoy|diplomats?)", "expel",
         conf=0.75),
    rule("en.deport", "COERCE", r"deport(?:s|ed|ing|ation)?|expel(?:s|led|ling)?", "deport",
         conf=0.6),
    # -- CONSULT
    rule("en.phone", "CONSULT",
         r"(?:tele)?phone(?:d)?(?:\s+(?:call|calls|conversation|conversations|talks))?"
         r"|(?:spoke|speak|speaks|spoken|talked)\s+(?:by|on\s+the|over\s+the|via)\s+(?:tele)?phone"
         r"|video\s*(?:call|conference|link)", "phone", conf=0.85),
    rule("en.host_passive", "CONSULT", r"(?:was|were|been)\s+(?P<t>received|welcomed|hosted)\s+by",
         "host", conf=0.7, roles="host"),
    rule("en.host", "CONSULT", r"host(?:s|ed|ing)", "host", conf=0.7, roles="host"),
    rule("en.visit_setting", "CONSULT",
         r"(?:during|after|on|in)\s+(?:his|her|their|the|this|that|its|a)\s+" + _WORDS
         + "{0,2}?visits?", "visit", conf=0.3, setting=True),
    rule("en.meeting_setting", "CONSULT",
         r"(?:during|after|at|in)\s+(?:the|this|that|a)\s+(?:meeting|talks|conversation|call)",
         conf=0.3, setting=True),
    rule("en.visit", "CONSULT", r"visit(?:s|ed|ing)?", "visit", conf=0.75, roles="object"),
    rule("en.attend", "CONSULT",
         r"(?:attend(?:s|ed|ing)?|participat(?:e|ed|es|ing)\s+in|t(?:ake|akes|ook)\s+part\s+in)"
         r"\s+(?:the\s+|a\s+)?" + _WORDS + "{0,3}?" + _MEETING, conf=0.6,
         negated=("REJECT", ("meet",))),
    rule("en.meet_with", "CONSULT",
         r"(?:met|meet|meets|meeting|meetings|talks|talked|spoke|held\s+talks)\s+with", conf=0.75),
    rule("en.talks", "CONSULT",
         r"held\s+(?:talks|a\s+meeting|meetings|consultations|discussions|negotiations)"
         r"|(?:talks|negotiations|consultations)\s+(?:between|with)|negotiat(?:e|ed|es|ing)",
         conf=0.7),
    rule("en.met", "CONSULT", r"met|meet|meets|discuss(?:ed|es)\s+with|consult(?:ed|s|ations?)",
         conf=0.5),
    # -- SUPPORT, AGREE
    rule("en.cooperation_deal", "COOPERATE",
         r"sign(?:ed|s|ing)?\s+" + _WORDS
         + r"{0,3}?(?:cooperation|partnership|trade|investment)\s+"
         r"(?:agreement|deal|accord|memorandum|protocol)", conf=0.75),
    rule("en.build_together", "COOPERATE",
         r"jointly\s+(?:build|built|develop(?:ed)?|produc(?:e|ed)|run|operat(?:e|ed))"
         r"|(?:build|built|develop(?:ed)?|produc(?:e|ed))\s+" + _WORDS + "{0,3}?together"
         r"|joint\s+(?:venture|project|production)s?", conf=0.6),
    rule("en.ratify", "SUPPORT",
         r"ratif(?:y|ied|ies|ying|ication)|sign(?:ed|s|ing)?\s+" + _WORDS
         + "{0,4}?(?:agreement|treaty|deal|accord|memorandum|protocol|pact|declaration)",
         conf=0.75),
    rule("en.approve", "AGREE", r"approv(?:e|ed|es|ing|al)", conf=0.6),
    rule("en.agree", "AGREE",
         r"agree(?:d|s|ing)?(?:\s+to|\s+on)?|reach(?:ed|es)?\s+(?:an\s+)?agreement", conf=0.7),
    rule("en.accept", "AGREE", r"accept(?:s|ed|ing)?", conf=0.5),
    rule("en.promise", "AGREE",
         r"promis(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|vow(?:s|ed)?|commit(?:s|ted)?\s+to"
         r"|offer(?:s|ed|ing)?|invit(?:e|ed|es|ing|ation)", conf=0.55),
    rule("en.support", "SUPPORT",
         r"support(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:e|ed|es|ing)|welcom(?:e|ed|es|ing)"
         r"|prais(?:e|ed|es|ing)|commend(?:s|ed|ing)?|congratulat(?:e|ed|es|ing)"
         r"|encourag(?:e|ed|es|ing)", conf=0.55),
    rule("en.recognise", "SUPPORT", r"recogni[sz](?:e|ed|es|ing)", conf=0.45),
    # -- COOPERATE, AID
    rule("en.cooperate", "COOPERATE",
         r"cooperat(?:e|ed|es|ing)|joint\s+(?:military\s+)?(?:exercises?|drills?|patrols?)",
         conf=0.55),
    rule("en.aid", "AID",
         r"(?:provid(?:e|ed|es|ing)|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|g[ai]ve|gives"
         r"|giving|grant(?:s|ed|ing)?|donat(?:e|ed|es|ing)|suppl(?:y|ied|ies|ying))\s+" + _WORDS
         + "{0,4}?(?:aid|assistance|weapons|arms|loans?|grants?|funds|funding|supplies)",
         conf=0.65),
    rule("en.aid_noun", "AID",
         r"(?:aid|relief)\s+(?:convoys?|shipments?|packages?|deliver(?:y|ies))",
         conf=0.55),
    rule("en.asylum", "AID", r"(?:grant(?:s|ed|ing)?|gave|give|offer(?:s|ed)?)\s+" + _WORDS
         + "{0,2}?asylum", conf=0.6, contexts=("asylum",)),
    # -- RETREAT, CONCEDE
    rule("en.withdraw_troops", "RETREAT",
         r"(?:withdr(?:ew|aw|awn|aws|awing)|pull(?:ed|s|ing)?\s+(?:out|back))\s+" + _WORDS
         + "{0,3}?(?:troops|forces|soldiers|units)", "withdraw", conf=0.75),
    rule("en.cede", "RETREAT",
         r"ced(?:e|ed|es|ing)|cession|hand(?:s|ed|ing)?\s+(?:over|back)|g(?:ave|ive|ives|iven)\s+back"
         r"|return(?:s|ed|ing)?\s+" + _WORDS + "{0,3}?(?:territory|territories|land|lands|islands?"
         r"|provinces?|regions?)|surrender(?:s|ed|ing)?", "return", conf=0.55),
    rule("en.pull_out", "RETREAT", r"(?:pull(?:s|ed|ing)?\s+out|retreat(?:s|ed|ing)?)\s+from",
         "withdraw", conf=0.5, contexts=("military",)),
    rule("en.release", "RETREAT",
         r"(?:releas(?:e|ed|es|ing)|free(?:d|s|ing)?)\s+" + _WORDS
         + "{0,3}?(?:prisoners?|hostages?|detainees?|captives?)", "release", conf=0.75),
    rule("en.resign", "RETREAT", r"resign(?:s|ed|ing|ation)?|step(?:ped|s)?\s+down", "resign",
         conf=0.7),
    rule("en.pardon", "CONCEDE", r"pardon(?:s|ed|ing)?|amnesty", conf=0.65),
    rule("en.apologise", "CONCEDE", r"apologi[sz](?:e|ed|es|ing)|apology", conf=0.7),
    rule("en.ceasefire", "CONCEDE",
         r"(?:declar|announc)(?:e|ed|es|ing)\s+(?:a\s+)?(?:unilateral\s+)?(?:ceasefire|truce)",
         conf=0.6),
    # -- REQUEST (PLOVER's DEMAND, renamed REQUEST in PLOVER/POLECAT 2023)
    rule("en.permission", "REQUEST",
         r"(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|sought|seek(?:s|ing)?)\s+(?:for\s+)?"
         r"(?:the\s+)?permission", conf=0.8, cues=_MEET_CUES),
    rule("en.call_on", "REQUEST",
         r"call(?:s|ed|ing)?\s+(?:on|upon|for)|urg(?:e|ed|es|ing)|demand(?:s|ed|ing)?"
         r"|appeal(?:s|ed|ing)?\s+(?:to|for)", conf=0.7),
    rule("en.petition", "REQUEST", r"petition(?:s|ed|ing)?", conf=0.6),
    rule("en.request", "REQUEST",
         r"request(?:s|ed|ing)?\s+(?:that|to|for)|requested|made\s+a\s+request|ask(?:s|ed|ing)?",
         conf=0.5, cues=_MEET_CUES),
    # -- ACCUSE, REJECT, THREATEN
    rule("en.criticise", "ACCUSE",
         r"critici[sz](?:e|ed|es|ing)|criticism|criticisms|condemn(?:s|ed|ing|ation)?"
         r"|denounc(?:e|ed|es|ing)|decr(?:y|ied|ies)", "disapprove", conf=0.75, roles="object"),
    rule("en.complain", "ACCUSE", r"complain(?:s|ed|ing)?|complaints?|object(?:ed|s)\s+to",
         "disapprove", conf=0.5),
    rule("en.accuse", "ACCUSE",
         r"accus(?:e|ed|es|ing|ation|ations)|blam(?:e|ed|es|ing)|su(?:e|ed|es|ing)|lawsuit",
         "allege", conf=0.75, roles="object"),
    rule("en.investigate", "ACCUSE", r"investigat(?:e|ed|es|ing|ion)|probe", "investigate",
         conf=0.55),
    rule("en.charge", "ACCUSE",
         r"charg(?:e|ed|es|ing)\s+(?:with|in|over|that)|indict(?:s|ed|ing|ment)?|legal\s+action"
         r"|challeng(?:e|ed|es|ing)\s+(?:the\s+)?(?:state|government|law|ruling|decision)"
         r"|mock(?:s|ed|ing)?|regret(?:s|ted)?\s+that|ridicul(?:e|ed|es)", "allege", conf=0.55),
    rule("en.review", "ACCUSE", r"review|inquiry|inquiries", "investigate", conf=0.4),
    rule("en.reject", "REJECT",
         r"reject(?:s|ed|ing|ion)?|refus(?:e|ed|es|ing|al)|declin(?:e|ed|es)\s+to"
         r"|veto(?:es|ed)?|oppos(?:e|ed|es)|rebuff(?:s|ed)?", conf=0.65),
    rule("en.boycott", "PROTEST", r"boycott(?:s|ed|ing)?", "boycott", conf=0.4),
    rule("en.threaten", "THREATEN", r"threaten(?:s|ed|ing)?|ultimatum", conf=0.75, roles="object"),
    # A warning that names no consequence from the speaker is ACCUSE/disapprove, not THREATEN.
    rule("en.warn", "ACCUSE", r"warn(?:s|ed|ing)?", "disapprove", conf=0.4),
    # -- PROTEST
    rule("en.disperse", "COERCE",
         r"dispers(?:e|ed|es|ing)|tear\s*gas|water\s+cannons?|rubber\s+bullets|subdu(?:e|ed|es|ing)"
         r"|surveillance", conf=0.6),
    rule("en.street", "PROTEST",
         r"took\s+to\s+the\s+streets|t(?:ake|akes|aking)\s+to\s+the\s+streets|sit-ins?|march(?:ed)?"
         r"\s+(?:on|through|against)|street\s+protests?", "demo", conf=0.7),
    rule("en.hunger_strike", "PROTEST", r"hunger\s+strik(?:e|es|ers|ing)", "hunger", conf=0.8),
    rule("en.air_strike", "ASSAULT", r"(?:air|missile|drone|rocket)\s*strikes?", conf=0.8),
    rule("en.general_strike", "PROTEST", r"general\s+strikes?", "general", conf=0.75),
    rule("en.strike", "PROTEST",
         r"(?:workers'?|national)\s+strike|went\s+on\s+strike|on\s+strike", "strike",
         conf=0.6),
    rule("en.demo", "PROTEST",
         r"protesters|protestors|demonstrations?|demonstrators|rall(?:y|ies|ied)", "demo",
         conf=0.65),
    rule("en.riot", "PROTEST", r"riot(?:s|ed|ing|ers)?", "riot", conf=0.7),
    rule("en.protest", "PROTEST", r"protest(?:s|ed|ing)?", conf=0.5),
    # -- MOBILIZE, COERCE, ASSAULT
    rule("en.deploy", "MOBILIZE",
         r"deploy(?:s|ed|ing|ment|ments)?|mass(?:ed|ing)\s+(?:troops|forces)"
         r"|mobili[sz](?:e|ed|es|ing|ation)", "troops", conf=0.6),
    rule("en.exercise", "MOBILIZE", r"(?:military\s+)?(?:exercises|drills)", conf=0.4),
    rule("en.arrest", "COERCE",
         r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|imprison(?:s|ed|ing|ment)?"
         r"|jail(?:s|ed|ing)?|sentenc(?:e|ed|es|ing)", "arrest", conf=0.75),
    rule("en.ban", "COERCE", r"banned|bans|banning|outlaw(?:s|ed)?|imposed\s+a\s+ban", "ban",
         conf=0.5),
    rule("en.curfew", "COERCE", r"curfew", "curfew", conf=0.7),
    rule("en.emergency", "COERCE", r"state\s+of\s+emergency|martial\s+law", "martial-law",
         conf=0.7),
    rule("en.censor", "COERCE", r"censor(?:s|ed|ing|ship)?|block(?:ed|s)\s+access", "censor",
         conf=0.6),
    rule("en.seize", "COERCE", r"confiscat(?:e|ed|es|ing|ion)|seiz(?:e|ed|es|ing|ure)",
         "confiscate", conf=0.55),
    rule("en.suicide_attack", "ASSAULT", r"suicide\s+(?:bomb(?:ing|ings|er|ers)?|attacks?)",
         "suicide-attack", conf=0.85),
    rule("en.explosives", "ASSAULT",
         r"(?:car|roadside)\s+bombs?|ieds?|explosi(?:ve|ves|on|ons)|blasts?", "explosives",
         conf=0.7),
    rule("en.assassinate", "ASSAULT", r"assassinat(?:e|ed|es|ing|ion)", "assassinate",
         conf=0.85),
    rule("en.abduct", "ASSAULT",
         r"kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing|ion)?|hijack(?:s|ed|ing)?"
         r"|t(?:ook|aken)\s+hostage", "abduct", conf=0.8),
    rule("en.torture", "ASSAULT", r"tortur(?:e|ed|es|ing)", "torture", conf=0.75),
    rule("en.shoot", "ASSAULT", r"shot|shoot(?:s|ing)?|opened\s+fire|gunmen|gunfire",
         "firearms", conf=0.65),
    rule("en.shell", "ASSAULT", r"shell(?:s|ed|ing)|artillery|mortars?", "heavy-weapons",
         conf=0.6),
    rule("en.arson", "ASSAULT", r"firebomb(?:s|ed|ing)?|set\s+fire\s+to|set\s+on\s+fire|arson",
         "destroy", conf=0.65),
    rule("en.stab", "ASSAULT", r"stabb(?:ed|ing|ings)|stabs?", conf=0.7),
    rule("en.conquer", "ASSAULT",
         r"conquer(?:s|ed|ing)?|conquest|annex(?:es|ed|ing|ation)?|defeat(?:s|ed|ing)?"
         r"|destroy(?:s|ed|ing)?", conf=0.55, roles="object"),
    rule("en.attack", "ASSAULT",
         r"attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|raid(?:s|ed|ing)?|ambush(?:es|ed)?"
         r"|invad(?:e|ed|es|ing)|invasion|occup(?:y|ied|ies)|clash(?:es|ed)?|bomb(?:s|ed|ing|ings)?",
         conf=0.65, roles="object"),
    rule("en.kill", "ASSAULT", r"kill(?:s|ed|ing)?|murder(?:s|ed)?|massacre(?:s|d)?", conf=0.6),
)
