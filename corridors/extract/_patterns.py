"""Skeleton patterns: the regular expressions that :mod:`corridors.extract._rules` matches.

A sentence's skeleton is its lower-case words with every group of places replaced by a
token ``G<n>`` (and every blocked place by ``X``), each item followed by one space.  The
patterns here are matched on it; named groups ``a``, ``b``, ``v`` and ``c`` are group
numbers (origin, destination, via point, next leg) and ``t`` is a trigger word.
"""

from __future__ import annotations

import re

__all__ = [
    "ANY",
    "BENEFIT",
    "CONTINUE_GAP",
    "HISTORY",
    "LEG_CUE",
    "LEG_GAP_STOP",
    "ORIGIN_TARGET",
    "PLACE_NOUNS",
    "POINTS_IN",
    "POSSESSIVE_BEFORE",
    "P_ARRIVED",
    "P_ARRIVING_FROM",
    "P_A_TO_B_NOUN",
    "P_BETWEEN",
    "P_BORDER_AT",
    "P_BOUND_FOR",
    "P_B_NOUN_FROM",
    "P_CALLS_AT",
    "P_CONNECT",
    "P_EXTEND",
    "P_FROM",
    "P_FROM_APPOS_TO",
    "P_FROM_ARRIVED",
    "P_FROM_OPENER",
    "P_FROM_SENT_ON",
    "P_FROM_TO",
    "P_FROM_TO_CITIES_IN",
    "P_FROM_USE",
    "P_FROM_VIA_TO",
    "P_INTO_AT",
    "P_LEFT_ARRIVED",
    "P_LEFT_FOR",
    "P_LEG",
    "P_PAIR_MODE",
    "P_PASSIVE",
    "P_PASS_ENDING",
    "P_PLANS_FOR",
    "P_QUALIFIED_OF",
    "P_REACH",
    "P_RECEIVE",
    "P_ROUTE_THROUGH",
    "P_SERVICE_FROM",
    "P_START_END",
    "P_START_RUN_TO",
    "P_SUBJECT_PAIR",
    "P_TARGET",
    "P_TO_FROM",
    "P_TO_OUT_OF",
    "P_VIA",
    "RELATION_BEFORE",
    "THE",
    "THE_HUB",
    "THE_LINE",
    "THE_PLACE",
    "TRIG",
    "TWO_COUNTRIES",
    "VIA_GAP_STOP",
    "WHERE_BEFORE",
    "W",
]

# skeleton patterns (words are lower case; place groups are "G<n>")
W = r"(?:[a-z0-9']+ )"
ANY = r"(?:(?:[a-z0-9']+|G\d+) )"
TRIG = (
    r"(?:flights?|services?|routes?|roads?|highways?|motorways?|railways?|rail|railroads?|"
    r"trains?|lines?|links?|linkages?|connections?|connectivity|corridors?|shipping|"
    r"ferr(?:y|ies)|cargo|trucks|ties|transit|trade routes?|tracks?|ports?|airports?|"
    r"connect(?:s|ed|ing)?|link(?:s|ed|ing)?|joins|joined|joining|goods|drive|drives|driving|freight|carry|carries|carrying|"
    r"exports?|containers?|shipped|trucked|flown|flies|fly|flying|sails?|sailing|"
    r"consignments?|shipments?|convoys?)"
)
#: Plural nouns that stand for the places named after them ("destinations such as A and
#: B", "points in China").
PLACE_NOUNS = r"(?:destinations|cities|airports|ports|countries|places|points|hubs)"
#: The words before a place that such a noun puts "in" it ("from points in China"), at the
#: end of the text searched.
POINTS_IN = re.compile(rf"\b{PLACE_NOUNS} in (?:the )?$")
#: "the port of", "both": words between a preposition and its places.
THE = (r"(?:both |either )?(?:the )?(?:several |many |other |various |major |some |key )?"
        r"(?:[a-z]+(?:'s| s) )?"  # "to Iran's Bandar Abbas" (the country left out as a qualifier)
        # "the southern port city of Bandar Abbas", "the northern border town of Astara"
        r"(?:(?:[a-z]+ )?(?:port city|border town|port town|port|ports|city|cities|town|towns|"
        r"village|capital|seaport|dry port|harbour|border|frontier) of )?"
        # "from the capital, Dushanbe, to ...", "join the two capitals, Riyadh and Doha":
        # the places in apposition
        r"(?:(?:[a-z]+ |G\d+ )?(?:capitals?|port city|port cities|border towns?) , )?"
        # "to destinations such as A and B": the list is the destinations
        rf"(?:{PLACE_NOUNS} (?:such as|including|like|in|of) )?")
#: Where a place lies, said after it: "in the south-east of Iran", "in the far north of".
LOCATED_AFTER = (r"(?:in (?:the )?(?:(?:far )?(?:north|south|east|west|centre|center|middle)\w* )+"
                 r"of G\d+ )?")
P_FROM_TO = re.compile(
    rf"\bfrom {THE}G(?P<a>\d+) {LOCATED_AFTER}{ANY}{{0,4}}?(?:, )?"
    rf"(?:to|towards|into|onward to|and on to) {THE}G(?P<b>\d+) "
)
P_TO_FROM = re.compile(
    rf"\b(?:to|towards|reached|reaches|reach) {THE}G(?P<b>\d+) {W}{{0,3}}?(?:, )?"
    rf"from {THE}G(?P<a>\d+) "
)
P_CONNECT = re.compile(
    r"\b(?:connect|connects|connected|connecting|connection of|link|links|linked|linking|"
    rf"join|joins|joined|joining|integrate|integrating|integration of) {THE}G(?P<a>\d+) "
    # "joining the Kyrgyz city of Osh with Tashkent": the qualifier stands for its place
    r"(?:(?:[a-z]+ )?(?:city|cities|port|ports|town|towns|capital) of G\d+ )?"
    # "linking Zahedan in the south-east of Iran with Mashhad": where the place lies
    rf"{LOCATED_AFTER}"
    # "the railway linking Tashkent through Afghanistan to Islamabad": a way between the ends
    rf"(?:(?:via|through|across|by way of) {THE}G(?P<v>\d+) )?"
    rf"(?:(?:(?:{W}|on the G\d+ (?:border|coast|side|frontier) ){{0,3}}?"
    # "join Termez, the Uzbek town near the Afghan frontier, with Pakistan": an apposition
    rf"|(?:, )?(?:(?:[a-z0-9']+|G\d+) ){{1,8}}?, )(?:with|to|and) {THE}G(?P<b>\d+) )?"
)
P_PASSIVE = re.compile(
    rf"\bG(?P<a>\d+) (?:s )?(?:(?:[a-z0-9']+|,) ){{0,6}}?(?:connected|linked|joined|connect|"
    rf"link) {W}{{0,2}}?(?:to|with) {THE}G(?P<b>\d+) "
)
#: "it would pass A, B and C before ending at D": a route told by its stops and its end.
P_PASS_ENDING = re.compile(
    rf"\b(?:pass|passes|passing|(?:run|runs|running|go|goes|going|pass|passes|passing) "
    rf"(?:through|via)) {THE}G(?P<v>\d+) (?:[a-z0-9']+ ){{0,2}}?(?:ending|end|ends|"
    rf"terminating|terminate|terminates|finishing) (?:at|in) {THE}G(?P<b>\d+) "
)
#: "starting in A and ending in B": a route told by where it starts and ends.
P_START_END = re.compile(
    rf"\b(?:starting|starts|start|beginning|begins|begin|originating|originates) (?:at|in|from) "
    rf"{THE}G(?P<a>\d+) (?:(?:[a-z0-9']+|G\d+|,) ){{0,14}}?(?:ending|ends|end|terminating|"
    rf"terminates|finishing|finishes) (?:at|in) {THE}G(?P<b>\d+) "
)
#: "to start at A in C and run across D to B": a route told by its start and its run.
P_START_RUN_TO = re.compile(
    rf"\b(?:starting|starts|start|beginning|begins|begin) (?:at|in|from) {THE}G(?P<a>\d+) "
    # "in China's Xinjiang province", ", on the border with Uzbekistan ,": where it lies
    rf"(?:[a-z0-9']+ |G\d+ |, ){{0,8}}?(?:and )?(?:then )?"
    rf"(?:to )?(?:run|runs|running|go|goes|going|continue|continues|continuing|stretch|"
    rf"stretches|stretching|extend|extends|extending|cross|crosses|crossing) "
    # "across the Naryn and Osh regions of Kyrgyzstan", "the country"
    rf"(?:(?:across|through|via|over) )?(?:(?:the )?(?:G\d+|[a-z]+) ){{0,4}}?"
    rf"(?:on )?to {THE}G(?P<b>\d+) "
)
#: "a weekly service calls at A, B and C": a port rotation, from the first port to the others.
P_CALLS_AT = re.compile(
    rf"\b(?:calls?|calling|called|rotation|port rotation) "  # a bus's "stops in" are no port calls
    rf"(?:(?:first|also|only|then|regularly|weekly) )?(?:at|in|covers|includes) {THE}G(?P<a>\d+) "
)
#: "a trade route through Afghanistan, Turkmenistan, Azerbaijan, Georgia and Turkey": a
#: route named by the list of countries it crosses (three or more: first to last).
P_ROUTE_THROUGH = re.compile(
    r"\b(?:routes?|corridors?|railways?|lines?|roads?|highways?) (?:that |which )?"
    r"(?:runs? |passes |passing |running |going |goes )?(?:through|across) "
    rf"{THE}G(?P<a>\d+) "
)
#: "trade between A and B", "an agreement between A, B and C": a relation between the
#: parties, not a link between places.
RELATION_BEFORE = re.compile(
    r"\b(?:agreements?|deals?|talks|meetings?|cooperation|trade|relations|partnerships?|ties|"
    r"memorandum|accords?|treaty|treaties|rivalry|disputes?|friendship|contacts|consultations)"
    r" (?:(?!(?:routes?|links?|corridors?|lines?|roads?|flights?|services?|connections?) )"
    r"[a-z0-9'-]+ )?$"
    # "the Quadrilateral Traffic in Transit Agreement (QTTA), concluded between A, B and C"
    r"|\b(?:signed|concluded|reached|inked|agreed|held|struck) $"
)
P_BETWEEN = re.compile(rf"\bbetween {THE}G(?P<a>\d+) ")
P_FROM = re.compile(rf"\bfrom {THE}G(?P<a>\d+) ")
#: How often a service runs ("three times a week", "twice a day"): one unit in a gap.
OFTEN = (r"(?:(?:once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times) "
         r"(?:a|per|each|every) (?:day|week|fortnight|month) )")
P_TARGET = re.compile(
    rf"\b(?P<t>{TRIG}) (?:{W}|{OFTEN}|, |(?:across|through|via|over|transiting) (?:the )?G\d+ )"
    r"{0,3}?(?:to|with|into|towards) (?:the )?(?:(?:port|city|town) of )?G(?P<b>\d+) "
)
P_EXTEND = re.compile(
    r"\b(?P<t>extended|extend|extends|extending|prolonged|lengthened|continue|continues) "
    r"(?:[a-z0-9']+ ){0,3}?"
    r"(?:to|into|towards|as far as) (?:the )?(?:(?:port|city|town) of )?G(?P<b>\d+) "
)
#: "plans for X had been shelved": a link to X.
P_PLANS_FOR = re.compile(rf"\b(?P<t>plans?|proposals?) for {THE}G(?P<b>\d+) ")
P_REACH = re.compile(
    r"\b(?:reach|reaches|reaching|reached|serve|serves|serving|served|enter|entering) "
    r"(?:the )?G(?P<b>\d+) "
)
P_PAIR_MODE = re.compile(
    rf"\bG(?P<a>\d+) {W}{{0,4}}?(?:open|opened|opens|launch|launched|launches|build|built|"
    r"builds|construct|constructed|inaugurated|inaugurate|completed?|restored?|reopen(?:ed)?|"
    r"restart(?:s|ed)?|resume[sd]?|agrees? on|agreed on|"
    r"upgrade[sd]?|agreed to (?:build|open|launch)|(?:discuss(?:es|ed|ing)?|stud(?:y|ies|ied|"
    r"ying)|consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|propos(?:e|es|ed|ing))(?= an? )) "
    rf"{W}{{0,3}}?(?:road|roads|railway|railways|rail link|highway|motorway|flights?|ferry|"
    r"bridge|line|crossing|route|corridor|trains?|train services?|bus(?:es)? services?|"
    r"buses|air links?|air services?)\b"
)
P_BORDER_AT = re.compile(
    r"\bG(?P<a>\d+) (?:s )?(?:(?:border|network|side|frontier|grid|system|railways?) "
    r"(?:crossing |post |point |station )?(?:at|near)|(?:border |[a-z]+ )?(?:town|city|port|"
    r"crossing|post) of) (?:the )?G(?P<b>\d+) "
)
#: "the Middle East hub of Jebel Ali", "the UAE ports of Abu Dhabi and Sharjah": the
#: qualifier stands for the places it introduces.
P_QUALIFIED_OF = re.compile(
    r"\bG(?P<a>\d+) (?:[a-z]+ )?(?:hubs?|ports?|seaports?|city|cities|capital|town|towns|"
    r"emirates?|terminals?|airports?) of (?:the )?G(?P<b>\d+) "
)
P_INTO_AT = re.compile(r"\b(?:into|entered|entering|enters) (?:the )?G(?P<a>\d+) (?:at|via|"
                        r"through) (?:the )?G(?P<b>\d+) ")
#: A facility in a place, before the place: "X station in A", "the Pakistan International
#: Container Terminal in A" (the journey starts in A).
FACILITY_IN = (r"(?:(?:G\d+ )?(?:[a-z]+ ){0,3}?(?:station|port|terminal|depot|yard|dry port|"
               r"centre|center|hub) (?:in|at) (?:[a-z]+'s )?)?")
P_LEFT_FOR = re.compile(
    rf"\b(?:left|leave|leaves|leaving|departed(?: from)?|departs(?: from)?|sailed from|"
    rf"set sail from|pulled out of) {THE}{FACILITY_IN}"
    rf"G(?P<a>\d+) {W}{{0,4}}?for {THE}G(?P<b>\d+) "
)
#: "pulled out of A ..., bound for B"; "left A bound for B"; "cargo from A ... had set off
#: for B".
P_BOUND_FOR = re.compile(
    rf"\b(?:from|out of|left|leaving|departed(?: from)?) {THE}{FACILITY_IN}G(?P<a>\d+) "
    rf"(?:(?:[a-z0-9']+|,|G\d+) ){{0,8}}?(?:bound|set off|set out|headed|heading|destined) "
    rf"for {THE}G(?P<b>\d+) "
)
#: "brings in coal from A in Afghanistan and sends them on to B, C and D": goods from A
#: sent on to B.
P_FROM_SENT_ON = re.compile(
    rf"\bfrom {THE}G(?P<a>\d+) {ANY}{{0,6}}?(?:sends?|sent|ships?|shipped|takes?|took|"
    rf"carr(?:y|ies)|carried|moves?|moved|trucks?|trucked|forwards?|forwarded) (?:them |it |"
    rf"the goods |"
    rf"the cargo )?(?:on |onward |onwards )?to {THE}G(?P<b>\d+) "
)
#: "The first train from A arrived at B": a movement told by its arrival.
P_FROM_ARRIVED = re.compile(
    rf"\bfrom {THE}G(?P<a>\d+) (?:[a-z0-9']+ |, ){{0,4}}?(?:arrived|arrives|"
    rf"pulled into|pulls into|docked|berthed|landed|touched down) (?:in |at )?"
    rf"{THE}G(?P<b>\d+) "
)
#: "from A, the crossing point on the border, to B": an apposition between the ends.
P_FROM_APPOS_TO = re.compile(
    rf"\bfrom {THE}G(?P<a>\d+) , (?:(?:[a-z0-9']+|G\d+) ){{1,10}}, (?:to|into|towards) "
    rf"{THE}G(?P<b>\d+) "
)
P_FROM_OPENER = re.compile(
    rf"^ from {THE}G(?P<a>\d+) , (?:(?:[a-z0-9']+|X) ){{0,8}}?(?:to|into|towards|for) "
    rf"{THE}G(?P<b>\d+) "
)
P_VIA = re.compile(
    r"\b(?:via|through|across|transiting|crossing|by way of|passing through|transit through|"
    r"(?:with )?"
    r"(?:an? )?(?:stop|stopover|layover|transfer|change) (?:in|at)) "
    rf"{THE}G(?P<v>\d+) "
)
P_SUBJECT_PAIR = re.compile(
    rf"\bG(?P<a>\d+) {W}{{0,5}}?(?:to )?(?:(?:connect|link|join) (?:their|the two|both)\b|"
    r"(?:connected|linked|joined) by\b|"
    r"(?:double|triple|increase|raise|boost|expand)\w* (?:the )?(?:number|frequency|"
    r"frequencies|capacity) of)"
)
P_ARRIVED = re.compile(
    r"\b(?:(?:arriv\w*|berth\w*|dock\w*|land(?:s|ed|ing)?|call(?:s|ed|ing)?) (?:in|at)|reached|"
    rf"reaches|pulled into|pulls into|came into|rolled into) {THE}G(?P<b>\d+) "
    rf"(?:(?:[a-z0-9']+|,) ){{0,8}}?"
    rf"(?:from|after (?:leaving|departing(?: from)?)|having left) {THE}G(?P<a>\d+) "
)
#: "Air Sial will fly four times a week from Lahore and Islamabad": a service from A to
#: where the link named before goes (the sentence names no end of its own).
P_SERVICE_FROM = re.compile(
    r"\b(?:fly|flies|flying|flights?|services?|operate|operates|operating|sail|sails|"
    rf"sailing) (?:[a-z0-9']+ ){{0,6}}?from {THE}G(?P<a>\d+) (?!(?:[a-z0-9']+ ){{0,4}}?(?:to|for) )"
)
#: "Containers arriving by feeder vessel from A": A to the place the text is about.
P_ARRIVING_FROM = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing)|imported|brought in|shipped in) (?:[a-z0-9']+ ){0,4}?from "
    rf"{THE}G(?P<a>\d+) "
)
#: "The train, which left A on May 3, arrived in B": departure and arrival; "set off from
#: X station in A, in the west of C, and ended its journey in B".
P_LEFT_ARRIVED = re.compile(
    rf"\b(?:left|departed(?: from)?|set (?:off|out) from|took off from|flew out of) "
    rf"{THE}{FACILITY_IN}G(?P<a>\d+) "
    rf"(?:[a-z0-9']+ |, |(?:cross|crossed|crossing|through|via|across) (?:the )?G\d+ |"
    rf"(?:in|of) (?:the )?G\d+ (?:, )?){{0,10}}?"
    rf"(?:arrived|arrives|reached|reaches|pulled into|docked|berthed|landed|touched down|"
    rf"(?:then )?flew on to|to reach|"
    rf"will reach|would reach|reaching|to arrive|ended (?:its|their) (?:[a-z]+ )?(?:journey|"
    rf"trip|run|voyage)) (?:in |at )?"
    rf"(?:(?:its|their) (?:final )?destination , )?{THE}G(?P<b>\d+) "
)
#: "trucks from A would be allowed to use the B crossing": A to the crossing B.
P_FROM_USE = re.compile(
    rf"\bfrom {THE}G(?P<a>\d+) (?:[a-z0-9']+ ){{0,6}}?(?:use|using|uses|cross|crossing|"
    rf"pass through|passing through|enter through|exit through|go through) {THE}G(?P<b>\d+) "
)
#: "from A through B and C, across the Caspian to D": via phrases (with commas) in between.
P_FROM_VIA_TO = re.compile(
    rf"\bfrom {THE}G(?P<a>\d+) (?:(?:, )?(?:and )?(?:then )?(?:via|through|across|over|"
    rf"transiting|by way of|crossing) (?:the )?(?:G\d+|[a-z]+(?: sea)?)"
    rf"(?: (?:, and|,|and) (?:G\d+|[a-z]+)){{0,4}} ){{1,4}}(?:, )?(?:and )?"
    rf"(?:then )?"
    # "from A through B and C and terminates at D": the end said by where the route stops
    rf"(?:to|into|towards|onward to|(?:terminates|terminating|ends|ending|finishes|"
    rf"finishing) (?:at|in)) {THE}G(?P<b>\d+) "
)
#: "the planned Mazar-i-Sharif to Herat railway": a line named by its ends.
P_A_TO_B_NOUN = re.compile(
    r"\b(?<!from )G(?P<a>\d+) (?:to|-to-) G(?P<b>\d+) (?=(?:[a-z-]+ )?(?:railway|rail|road|"
    r"highway|motorway|expressway|line|link|route|corridor|ferry|flights?|service|rail link|"
    r"section|stretch|segment|track)\b)"
)
#: "flights from Baku to 10 cities in Russia": the country holds the destinations.
P_FROM_TO_CITIES_IN = re.compile(
    rf"\bfrom {THE}G(?P<a>\d+) to (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
    rf"many|a number of|various|other|more) (?:other |more |new )?(?:cities|towns|destinations|"
    rf"airports|points|ports|regions) (?:in|across|of|throughout) {THE}G(?P<b>\d+) "
)
#: "Moscow flights from Tashkent and Samarkand": a service named by where it goes, then
#: where it leaves from.
P_B_NOUN_FROM = re.compile(
    rf"\bG(?P<b>\d+) (?!s )(?:[a-z-]+ )?(?:flights?|services?|trains?|buses|sailings?) "
    rf"from {THE}G(?P<a>\d+) "
)
#: "services to B out of A": a service named by where it flies to and where it leaves from.
P_TO_OUT_OF = re.compile(
    rf"\b(?P<t>{TRIG}) (?:[a-z0-9']+ ){{0,2}}?to {THE}G(?P<b>\d+) (?:[a-z0-9']+ ){{0,2}}?"
    rf"(?:out of|departing from|leaving from) {THE}G(?P<a>\d+) "
)
#: "The airport in B will receive flights from A": A to B.
P_RECEIVE = re.compile(
    rf"\bG(?P<b>\d+) {W}{{0,4}}?(?:receive|receives|received|receiving|welcome[sd]?|welcoming|"
    rf"handle[sd]?|handling|accept(?:s|ed|ing)?) (?:{ANY}|, ){{0,10}}?from {THE}G(?P<a>\d+) "
)
#: The rules that give both ends: (pattern, rule name, confidence), in the order they apply.
#: The rules that give both ends: (pattern, rule name, confidence, words one of which the
#: sentence's skeleton must hold for the pattern to be tried), in the order they apply.
_FROM = (" from ",)
ORIGIN_TARGET: tuple[tuple[re.Pattern[str], str, float, tuple[str, ...]], ...] = (
    (P_FROM_TO, "from-to", 0.9, _FROM),
    (P_FROM_VIA_TO, "from-via-to", 0.85, _FROM),
    (P_FROM_APPOS_TO, "from-to", 0.85, _FROM),
    (P_BOUND_FOR, "bound-for", 0.75, (" for ",)),
    (P_TO_FROM, "to-from", 0.9, _FROM),
    (P_TO_OUT_OF, "to-from", 0.85, (" out of ", " departing from ", " leaving from ")),
    (P_A_TO_B_NOUN, "a-to-b-noun", 0.85, (" to ",)),
    (P_B_NOUN_FROM, "to-from", 0.8, _FROM),
    (P_FROM_TO_CITIES_IN, "to-cities-in", 0.8, _FROM),
    (P_RECEIVE, "receive-from", 0.7, _FROM),
    (P_ARRIVED, "arrived-from", 0.8, (" from ", " after ", " having left ")),
    (P_LEFT_ARRIVED, "left-arrived", 0.8, (" left ", " depart", " set ", " took off ",
                                              " flew out ")),
    (P_FROM_ARRIVED, "from-arrived", 0.8, _FROM),
    (P_FROM_SENT_ON, "from-sent-on", 0.75, _FROM),
    (P_START_END, "start-end", 0.8, (" end", " terminat", " finish")),
    (P_START_RUN_TO, "start-end", 0.75, (" start", " begin")),
    (P_FROM_USE, "from-use", 0.7, _FROM),
    (P_LEFT_FOR, "left-for", 0.75, (" for ",)),
    (P_FROM_OPENER, "from-opener", 0.75, _FROM),
)
#: "from where it will travel by rail to C": words that say a new leg starts.
LEG_CUE = re.compile(
    r"\b(?:by (?:rail|road|sea|air|truck|lorry|train|ship|ferry|barge|land)|trucked|shipped|"
    r"railed|moved|carried|carry|carries|transported|transport|travel\w*|sail\w*|flown|"
    r"crossing|cross|from where|before|then|onwards?|onward|on)\b"
)
#: "... to B and onwards to C": the link goes on to C (B becomes a via point).
CONTINUE_GAP = re.compile(r"(?:(?:and|,) )?(?:(?:then|thence|onwards?|on|further|beyond) )+")
P_LEG = re.compile(
    # "..., reached B and then left for C": a departure for the next stop is a leg too
    r"(?P<gap>(?:(?:[a-z0-9']+|,|G\d+) ){0,12}?)(?:to|into|towards|"
    r"(?:left|leaving|set off|headed|departed) for) "
    rf"{THE}G(?P<c>\d+) "
)
LEG_GAP_STOP = re.compile(r"\b(?:said|says|told|from G\d+|while|but|whereas)\b|;")
VIA_GAP_STOP = re.compile(r",\s*\w+\s+\w+|;")
WHERE_BEFORE = re.compile(r"G(?P<w>\d+) , where (?:[a-z0-9']+ ){0,6}$")
#: A relative clause that says what a link would give ("..., which would give X access to").
BENEFIT = re.compile(r",\s*(?:which\s+(?:\w+\s+){0,2}?(?:give|gives|offer|offers|provide|"
                     r"provides|open|opens)|giving|offering|providing)\b")
#: Services "between the two countries" (the two the sentence names); talks, ties,
#: cooperation or "rail links" between them are no link of their own.
TWO_COUNTRIES = re.compile(r"\b(?:flights?|trains?|bus(?:es)?|ferr(?:y|ies)|sailings?|services?) "
                           r"(?:between|linking|connecting) (?:the )?two (?:countries|nations|"
                           r"states|neighbours|neighbors)\b")
#: The place a report is about, as a subject ("the city attracts ...", "here").
THE_PLACE = re.compile(r"\b(?:the (?:city|town|port city|capital)|here)\b")
#: Words that put a route in the past.
HISTORY = re.compile(
    r"\b(?:ancient|antiquity|medieval|centuries\s+ago|in\s+the\s+\d+(?:st|nd|rd|th)\s+century|"
    r"once\s+(?:carried|linked|connected|joined|ran|served)|caravans?\s+of\s+old)\b"
)
#: A hub named before as the subject ("the airport would also handle ...").
THE_HUB = re.compile(
    r"\b(?:the|this|its) (?:new )?(?:airport|port|seaport|terminal|harbour|dry port|hub)\b"
)
#: A line named before ("the line", "this route", "its service").
THE_LINE = re.compile(
    r"\b(?:the|this|that|its|their) (?:[\w-]+ ){0,2}?(?:line|railway|rail link|road|highway|"
    r"route|link|service|track|corridor|motorway)s?\b"
)
POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their) $")

#: What carries no traffic: a pipeline, a power line, a cable ("the TAPI pipeline from A to
#: B", "the CPEC fibre cable").
UTILITY = re.compile(
    r"\b(?:(?:gas|oil)?\s*pipelines?|power\s+(?:lines?|transmission|grid)|transmission\s+"
    r"lines?|fib(?:re|er)-?\s?optic|electricity|power|cables?|casa-1000|tapi)\b"
)
