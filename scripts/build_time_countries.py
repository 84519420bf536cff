"""Build src/marsad/data/time/countries.json: Arabic country names and adjectives -> ISO 3166 alpha-2.

usage: .venv/bin/python scripts/build_time_countries.py

Names come from Babel's CLDR Arabic locale (territory names, Unicode licence);
the short forms news uses ("السعودية", "أمريكا") and the nisba adjectives
("الروسي" for Russia) that CLDR lacks are listed below. The time stage reads the
file to tie "العيد الوطني لروسيا" / "العيد الوطني الروسي" to a country's national day.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src/marsad/data/time/countries.json"

# Short names and adjectives Arabic news uses for the countries with national days in national_days.json.
EXTRA = {
    "RU": ["روسيا الاتحادية", "الروسي", "الروسية"],
    "SA": ["السعودية", "المملكة", "السعودي", "المملكة العربية السعودية"],
    "AE": ["الإمارات", "الإماراتي", "الإماراتية", "دولة الإمارات"],
    "KW": ["الكويتي", "الكويتية", "دولة الكويت"],
    "QA": ["القطري", "القطرية", "دولة قطر"],
    "BH": ["البحريني", "البحرينية", "مملكة البحرين"],
    "OM": ["سلطنة عمان", "العماني", "العمانية", "السلطنة"],
    "JO": ["الأردني", "الأردنية", "المملكة الأردنية"],
    "LB": ["اللبناني", "اللبنانية"],
    "SY": ["سورية", "السوري", "السورية"],
    "EG": ["المصري", "المصرية"],
    "DZ": ["الجزائري", "الجزائرية"],
    "MA": ["المغربي", "المغربية", "المملكة المغربية"],
    "TN": ["التونسي", "التونسية"],
    "LY": ["الليبي", "الليبية"],
    "SD": ["السوداني", "السودانية"],
    "IQ": ["العراقي", "العراقية"],
    "YE": ["اليمني", "اليمنية"],
    "MR": ["الموريتاني", "الموريتانية"],
    "US": ["أمريكا", "أميركا", "الأمريكي", "الأميركي", "الأمريكية", "الأميركية", "الولايات المتحدة الأمريكية"],
    "FR": ["الفرنسي", "الفرنسية"],
    "CN": ["الصيني", "الصينية"],
    "KP": ["الكوري الشمالي", "الكورية الشمالية"],
    "KR": ["الكوري الجنوبي", "الكورية الجنوبية"],
    "DE": ["الألماني", "الألمانية"],
    "GB": ["بريطانيا", "البريطاني", "البريطانية"],
    "TR": ["التركي", "التركية"],
    "IR": ["الإيراني", "الإيرانية"],
    "IN": ["الهندي", "الهندية"],
    "PK": ["الباكستاني", "الباكستانية"],
    "JP": ["الياباني", "اليابانية"],
    "UA": ["الأوكراني", "الأوكرانية"],
    "IT": ["الإيطالي", "الإيطالية"],
    "ES": ["الإسباني", "الإسبانية"],
    "BR": ["البرازيلي", "البرازيلية"],
    "ID": ["الإندونيسي", "الإندونيسية"],
    "MY": ["الماليزي", "الماليزية"],
    "AF": ["الأفغاني", "الأفغانية"],
    "SO": ["الصومالي", "الصومالية"],
    "PS": ["فلسطين", "الفلسطيني", "الفلسطينية", "دولة فلسطين"],
}


def main() -> None:
    names: dict[str, str] = {}
    for code, name in Locale("ar").territories.items():
        if len(code) == 2 and code.isalpha():
            names[name] = code
    for code, forms in EXTRA.items():
        for form in forms:
            names[form] = code
    data = {
        "about": "Arabic country names (CLDR Arabic territory names via Babel, Unicode licence) plus short names "
                 "and nisba adjectives news uses, each -> ISO 3166 alpha-2. Built by scripts/build_time_countries.py.",
        "names": dict(sorted(names.items())),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
