"""Curated abbreviation data for the Turkish sentence splitter (``segmentation.py``).

Every entry is written in its usual spelling, with its final period.  Matching is done on a
*folded* key (see :func:`fold`) so that ``DOÇ.``, ``Doç.`` and ``doç.`` - and the dotted/dotless
``İ``/``I``/``ı``/``i`` pairs - all hit the same entry.

The data is split into tiers because they behave differently at a candidate boundary:

* ``NON_FINAL``: abbreviations that (almost) always precede more material - titles, ranks,
  address parts, reference words, company suffixes.  A period after one of them never ends a
  sentence.
* ``MAY_END``: abbreviations that often close a sentence (``vb.``, ``vs.``, ``etc.``).  After
  them the ordinary rules decide (an uppercase next word starts a new sentence).
* ``CAPITALISED_ONLY``: folded keys from the tiers above that are also ordinary Turkish words
  (``bul`` "find", ``gör`` "see", ``sok`` "insert", ``tel`` "wire").  They count as
  abbreviations only when written with a capital initial (``Bul.``, ``Gör.``).
"""

from __future__ import annotations


def fold(token: str) -> str:
    """Case- and dot-insensitive key: strip the final period, unify İ/I/ı/i, lowercase."""
    key = token[:-1] if token.endswith(".") else token
    return key.replace("İ", "i").replace("I", "i").replace("ı", "i").lower()


def _words(*groups: str) -> frozenset[str]:
    """Whitespace-separated entries (keeps the lists compact under any formatter)."""
    return frozenset(word for group in groups for word in group.split())


_TITLES = """
    Prof. Dr. Doç. Yrd. Öğr. Gör. Arş. Uzm. Av. Müh. Mim. Ecz. Op. Dt. Sn. Hz. Hk. Bşk. Başk.
    Gn. Gen. Gnl. Md. Mdr. Müd. Cum. Em.
"""
_MILITARY = """
    Org. Orgn. Korg. Tümg. Tuğg. Alb. Yb. Bnb. Yzb. Ütğm. Tğm. Asb. Kd. Çvş. Amr. Kom. Koram.
    Tümam. Tuğam. Ora. Gnkur. Kur. Hv. Dz.
"""
_ADDRESS = """
    Sok. Sk. Cad. Cd. Mah. Mh. Bul. Blv. Apt. Ap. Blk. Kat. No. Nu. Mev. Pk. Tel. Faks. Fax.
    Ank. İst.
"""
_REFERENCES = """
    bkz. bk. örn. ör. krş. karş. çev. haz. Yay. ed. eds. a.g.e. age. a.g.m. agm. s. ss. sy. c.
    yy. y.y. vol. bl. böl. md. fık. mad. şek. tab. dn. Res. M.Ö. M.S. ö. d. ö.s. yk.
"""
_ORGANISATIONS = """
    İng. Ing. Alm. Fr. Fra. Lat. T.C. Tic. San. Ltd. Şti. A.Ş. Koll. Müş. Ort. Hol. Vak. Der.
    Dern. Üniv. Fak. Enst. Bşb.
"""
_ENGLISH = """
    Mr. Mrs. Ms. Messrs. St. Jr. Sr. Rep. Gov. Lt. Col. Capt. Sgt. Rev. Hon. Inc. Corp. Co.
    Bros. Mt. e.g. i.e. cf. pp. p. Vol. vols. Fig. fig. Nos. approx. Jan. Feb. Apr. Aug. Sept.
    Oct. Nov. Dec.
"""

NON_FINAL: frozenset[str] = _words(
    _TITLES, _MILITARY, _ADDRESS, _REFERENCES, _ORGANISATIONS, _ENGLISH
)

MAY_END: frozenset[str] = _words("vb. vs. vd. v.b. v.s. vesaire. etc. vb.vs.")

CAPITALISED_ONLY: frozenset[str] = _words(
    "bul gör sok av kat kom ora san hol der fak ort tel gen op res col rep hon mt co kd ap dt",
    "yay kur em",
)

TURKISH_ABBREVIATIONS: frozenset[str] = NON_FINAL | MAY_END

# A 1-3 digit number before a period is read as an ordinal ("3. Bölüm") unless the word
# before it labels a cardinal ("Ek 2.", "s. 45.", "Aralık 13.") ...  (folded keys)
CARDINAL_LABELS: frozenset[str] = frozenset(
    fold(word)
    for word in _words(
        "Ek Tablo Şekil Grafik Harita Resim Madde Md Fıkra Bent Sayfa s ss sy c Cilt yy No Nu",
        "Sayı Bölüm Kısım Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım",
        "Aralık January February March April May June July August September October November",
        "December Table Figure Fig Page p pp Vol Chapter Annex yüzde %",
    )
)

# ... or the next word is one that typically opens a sentence rather than follows an ordinal.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    fold(word)
    for word in _words(
        "Bu Şu O Bunlar Bunun Buna Bunu Bunda Bundan Onun Ona Ancak Ama Fakat Lakin Ve Veya",
        "Sonra Ayrıca Daha Ben Biz Sen Siz Onlar Her Hiç Çünkü Yani Oysa Ne Nitekim Dolayısıyla",
        "Öte Diğer İşte Şimdi Böylece Bununla Zira Hatta Üstelik Kısacası Sonuç Sonuçta",
        "Özellikle Aynı Bugün Dün Yarın Ardından Öncesinde Bunlardan Şöyle Böyle Eğer Belki",
        "Artık The This It He She They We But And Then However",
    )
)
