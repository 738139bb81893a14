"""Statuses: the words that say a link is agreed, planned, under construction, existing,
resumed, cancelled, suspended or negated, and the status each link gets.

A link's status comes from the cues in the clause that holds it (the narrow clause of
the mode cues first, then a wider one), the strongest cue first: rejected (cancelled,
suspended, negated), under construction, existing, agreed, planned; without any cue a
link is ``proposed``.  Relative clauses that do not hold the link are left out, and a
wish ("traders want the route restored") is still a proposal.  A link that restates the
line of the sentence before keeps that line's specific status.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corridors.extract._candidates import RawLink
from corridors.extract._coref import within
from corridors.extract._modes import MODE_CLAUSE, clause_of

__all__ = ["NO_CUE", "RELATIVE", "STATUS_LOOKBACK", "link_status", "progress_report", "says_more"]

_STATUS_CUES: tuple[tuple[str, str | None, re.Pattern[str]], ...] = (
    ("rejected", "cancelled", re.compile(
        r"\b(?:cancel(?:l?ed|s|ling|lation)?|scrapped|scrap|shelved|abandoned|rejected|"
        r"reject(?:s|ing)?|called\s+off|ruled\s+out|dropped|turned\s+down|no\s+longer|"
        r"(?:will|to)\s+be\s+(?:cut|axed|discontinued|ended|withdrawn)|discontinued|axed|"
        # "has recently ended its container liner services", "leaves Moscow without any
        # direct connection", "practically impossible"
        r"ended\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:services?|flights?|operations?|"
        r"lines?|routes?)|without\s+any\s+(?:direct\s+)?(?:connection|link|flights?|"
        r"service)|(?:practically|virtually)\s+impossible)\b")),
    ("rejected", "suspended", re.compile(
        r"\b(?:suspend(?:ed|s|ing)?|halted|stopped|grounded|curtailed|"
        r"(?:was|were|is|are|been|remains?|remained)\s+(?:\w+\s+)?closed|"
        # "Torkham shut for a week", "the border stays shut" (not "after being shut for")
        r"(?:remains?|remained|stays?|stayed)\s+shut|(?<!being\s)(?<!been\s)shut\s+(?:for|since|"
        r"until|down)|"
        # "Pakistan shut its two main crossings", "closed every land crossing on its border"
        r"(?:closed|shut|sealed|closes|shuts|seals|closing|shutting|sealing)\s+(?:off\s+|down\s+)?"
        r"(?:[\w-]+\s+){0,5}?(?:crossings?|borders?|border\s+points?|checkpoints?|gates?|"
        r"frontiers?)|closure\s+of|"
        # said ahead: "from Monday it would halt its trains", "the border will be closed"
        r"(?:will|would|shall)\s+(?:\w+\s+)?(?:halt|stop|suspend|close|shut)\s+(?:its|their|"
        r"the|all|operations|services|flights|trains|traffic)|(?:will|would|is\s+to|are\s+to)\s+"
        r"be\s+(?:\w+\s+)?(?:closed|shut|halted|stopped))\b")),
    # a negation that governs what is done with a link ("will not build a railway", "is not
    # planning flights", "no plans for", "denied reports"), not any "not" in the sentence
    # ("the gauges do not match", "without precedent": measured on the real articles, 25 of
    # 27 links the loose cue called rejected were not)
    ("rejected", "negated", re.compile(
        r"\b(?:(?:not|never|n't|no\s+longer)\s+(?:\w+\s+){0,2}?(?:be\s+|been\s+)?(?:build|"
        r"built|run|ran|operat|open|fly|flown|sail|launch|go\s+ahead|proceed|construct|resum|"
        r"restart|connect|link|plan|start|begin|introduc|establish)\w*|no\s+(?:\w+\s+)?(?:plans?|"
        r"intention|decision)|(?:there\s+(?:is|are|will\s+be)|(?:will|would|shall)\s+be)\s+no|"
        r"denied|denies|deny|dismissed\s+(?:a\s+|the\s+)?(?:media\s+)?reports?)\b")),
    ("under_construction", None, re.compile(
        r"\b(?:under\s+construction|being\s+(?:built|constructed|laid|upgraded|rebuilt|"
        r"reconstructed|widened|extended|repaired|renovated|restored|modernised|modernized)|"
        r"work\s+(?:began|begins|started|starts|commenced|got\s+under\s?way)\s+on|"
        # "building started on the new A-B line", "work on the second stage of the A-B line
        # got under way in 2022"
        r"(?:building|construction)\s+(?:began|begun|started|commenced|got\s+under\s?way)\s+on|"
        r"work\s+on\s+(?:[\w,-]+\s+){1,10}?(?:began|started|commenced|got\s+under\s?way)\b|"
        r"(?:began|begun|begins|started|starts|commenced)\s+(?:building|constructing|laying)|"
        r"construction\s+(?:is|has|began|begins|started|work)|(?:is|are)\s+building|"
        r"track[-\s]?laying|laying\s+(?:the\s+)?track|groundbreaking|broke\s+ground|"
        # "building work on the A-B section is going ahead smoothly"
        r"(?:building|construction)\s+work\s+(?:on\s+(?:[\w,-]+\s+){0,8}?)?(?:is|are)\s+"
        r"(?:going\s+ahead|under\s?way|progressing|in\s+progress)|"
        # "is said to be about half done", "95 percent complete"
        r"(?:half|\d+\s*(?:%|percent|per\s+cent))\s+(?:done|complete|completed|finished|built)|"
        r"work\s+(?:is|has)\s+(?:also\s+|now\s+|already\s+)?(?:under\s?way|begun|started)|"
        r"(?:began|begun|started|starts)\s+work\s+on|(?:start|beginning)\s+of\s+(?:the\s+)?"
        r"(?:re)?construction|construction\s+[^.;]{0,60}?\bgot\s+going|"
        r"construction\s+of\s+[^.;]{0,80}?"
        r"\b(?:officially\s+)?(?:began|begins|started|starts|commenced|has\s+(?:begun|started))|"
        r"(?:began|begun|started|starts|commenced|launched)\s+construction|completed\s+(?:the\s+|a"
        r"\s+|its\s+)?(?:first\s+|second\s+|third\s+|\w+-km\s+)?(?:tunnel|section|bridge|stretch|"
        r"phase|segment|viaduct)|"
        # "more than 80% of the work on the first section of its fourth phase is done"
        r"\d+\s*(?:percent|per\s+cent|%)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?)?(?:has\s+"
        r"been\s+|have\s+been\s+|is\s+|was\s+)?(?:completed?|built|finished|done|laid))\b")),
    ("existing", "resumed", re.compile(
        r"\b(?:resumed|restored|reopened|relaunched|re-?started|running\s+again|back\s+in\s+"
        r"(?:service|operation))\b")),
    ("planned", "resumed", re.compile(
        r"\b(?:resume|resumption|restore|reopen|relaunch|re-?start|(?:is|are)\s+(?:restarting|"
        r"resuming|relaunching|reopening))\b")),
    ("existing", None, re.compile(
        r"\b(?:existing|already|currently\s+(?:operat|run|link|connect|serv|fl[iy]|sail|bring|"
        r"send|ship|carr|move|import|export|truck)\w*|"
        r"(?:is|are)\s+(?:now\s+)?(?:offering|running|operating)|remains?\s+(?:open|in\s+"
        r"(?:use|service|operation)|the\s+(?:only|main|sole|principal|busiest))|continues?\s+as\s+"
        r"(?:normal|usual|before)|(?<!begin\s)(?<!begins\s)(?<!start\s)(?<!starts\s)(?<!to\s)"
        r"operat(?:es|ing|ed)|"
        r"in\s+service|in\s+operation|runs|ran|flies|sails|plies|was\s+(?:opened|completed|inaugurated)|"
        r"opened\s+in|carries|handles|serves|(?<!be\s)served|"
        r"(?:(?:has|have|had|was|were)\s+(?:\w+\s+)?(?:carried|handled)|(?:carried|handled)\s+"
        r"(?:about|some|over|more|nearly|almost|around|\d))|"
        r"(?:is|are|was|were)\s+(?:still\s+)?the\s+(?:only|main|sole|principal|busiest|"
        r"shortest)\s+(?:[\w-]+\s+)?(?:links?|routes?|crossings?|connections?|lines?|roads?|"
        r"railways?|highways?|gateways?|outlets?)|add(?:s|ed|ing)?\s+(?:a|an|another|one|two|three|a\s+second|a\s+third|\w+)"
        r"\s+(?:[\w-]+\s+){0,2}?(?:vessels?|ships?|ferr(?:y|ies)|aircraft|planes?|trains?|"
        r"wagons?|buses|sailings?|flights?|frequenc(?:y|ies))\s+(?:to|on)\s+(?:the|its)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:route|line|service|link|corridor)|"
        r"(?:'s|its|their)\s+(?:\w+\s+)?(?:daily|weekly|twice-weekly|fortnightly|regular)\s+"
        r"(?:[\w-]+\s+)?(?:flights?|services?|sailings?|trains?)|"
        r"(?<!will\s)(?<!would\s)(?<!to\s)(?:sailed|flew)|(?:can|could)\s+(?:already\s+)?"
        r"(?:fly|sail|travel|drive|take\s+(?:a|the)\s+(?:train|ferry|flight|bus))|"
        r"(?:exports?|imports?|goods|cargo|freight|trucks|shipments|trains|passengers)\b"
        r"[^.;]{0,60}?"
        r"(?<!will\s)(?<!would\s)(?<!to\s)(?<!could\s)\b(?:travel|travels|move|moves|go|goes|run|"
        r"use|uses|cross|crosses|pass|passes)\b|"
        r"(?<!will\s)(?<!be\s)received\s+(?:its|their|the|a)\s+(?:first|maiden|inaugural)|"
        r"(?<!be\s)opened|(?<!be\s)inaugurated|(?:has|have|had)\s+(?:\w+\s+)?completed|"
        r"completed\s+(?:the\s+)?(?:construction|building|laying)|(?<!will\s)(?:is|are)\s+"
        r"(?:\w+\s+)?(?:shipped|trucked|railed|transported|carried|moved|sent|flown|brought|"
        r"taken|delivered|hauled)|"
        r"(?<!be\s)(?<!will\s)arriving\s+(?:[\w-]+\s+){0,4}?from|"
        r"(?:can\s+)?now\s+(?:\w+\s+)?(?:link(?:s|ed)?|reach(?:es)?|connect(?:s|ed)?|joined|"
        r"runs?|operates?|travels?|"
        r"drives?|go(?:es)?|moves?|fl(?:y|ies)|sails?|cross(?:es)?|calls?|plies|ply|"
        r"carr(?:y|ies)|serves?|takes?)|(?:began|started)\s+(?:sending|running|operating|"
        r"carrying|serving|flying|sailing)|set\s+off\s+for\s+the\s+first\s+time|"
        r"(?:freight|traffic|volumes?|cargo|passengers?)\b[^.;]{0,60}?\b(?:rose|"
        r"grew|increased|doubled|tripled|fell|declined|reached|topped|exceeded|totall?ed)|"
        r"(?:consignments?|shipments?|trains?|convoys?|vessels?|ships?|trucks?|lorries|"
        r"cargo)\b[^.;]{0,40}?\b(?:left|departed|arrived|berthed|travell?ed)|"
        r"reached(?!\s+(?:an?|the)\s+(?:\w+\s+)?(?:agreement|deal|understanding|consensus|"
        r"accord))|(?:is|are)\s+(?:\w+\s+)?(?:used|deployed)\s+(?:\w+\s+)?on|"
        r"(?:double|triple|increase|raise|boost|expand)\w*\b[^.;]{0,60}?\b(?:to|by)\s+"
        r"(?:\w+\s+){1,2}(?:a|per)\s+(?:week|day|month)|(?:has|have)\s+been\s+(?:flying|running|"
        r"operating|serving|sailing|linking|connecting|carrying|plying)|continues?\s+to\s+(?:run|"
        r"operate|fly|serve|sail|carry|link)|will\s+continue|unaffected|(?:has|have)\s+(?:started|"
        r"launched|opened)|(?:started|launched)\s+(?:a|an|its|their)\s|"
        r"(?:doubl|tripl|increas|rais|boost|expand|add)(?:e|es|ed|ing|s|d)?\s+(?:the\s+)?"
        r"(?:number|frequency|frequencies|capacity|cargo\s+traffic|traffic|volumes?)|"
        # "more frequencies on the Almaty-Delhi route": the route is flown already
        r"(?:more|extra|additional|added)\s+(?:\w+\s+)?(?:frequenc(?:y|ies)|flights|departures|"
        r"sailings|trains|services)\s+on\s+(?:the|its|their)\b|(?:fly|run|sail)\s+more\s+"
        r"(?:often|frequently)|at\s+present|"
        # "the truck went on to Lahore", "completed the first run over a new TIR route",
        # "rail traffic between A and B passes through", "built the line in November 2010"
        r"(?<!to\s)(?<!will\s)(?<!would\s)\bwent\s+on\s+to|completed\s+(?:the|its|a|their)\s+"
        r"(?:first|maiden|inaugural|trial|pilot)\s+(?:run|trip|journey|voyage|flight)|"
        r"\btraffic\b[^.;]{0,40}?\b(?:passes|goes|moves|runs|flows)\b|"
        r"(?<!be\s)(?<!will\s)(?<!to\s)\bbuilt\b[^.;]{0,120}?\bin\s+(?:(?:january|february|march|"
        r"april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d\b|"
        r"made\s+(?:its|their|a)\s+(?:first|maiden|inaugural)|"
        r"(?:first|maiden|inaugural)\s+(?:\w+\s+)?(?:call|voyage|sailing|run|trip|flight|train)"
        r"\s+(?:[\w-]+\s+){0,6}?(?:arrived|berthed|docked|landed|left|departed|reached))\b")),
    # a service that runs: "has begun a freight service", "trains that run from A to B",
    # "the crossing takes 18 hours", "a train was sent from A", "back on track", "the
    # highest paved border crossing"
    ("existing", None, re.compile(
        r"\b(?:(?:has|have)\s+(?:now\s+)?begun\s+(?:a|an|its|their|the)|back\s+on\s+track|"
        r"(?:that|which)\s+(?:now\s+|already\s+)?(?:run|operate|fly|sail|ply|serve|carry|link|"
        r"connect|join)s?\b|"
        r"(?<!will\s)(?<!would\s)(?:takes?|needs?|lasts?)\s+(?:only\s+|just\s+|about\s+|around\s+|"
        r"some\s+)?\d+(?:\s+to\s+\d+)?\s+(?:hours?|days?|minutes?)|"
        r"(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:sent|dispatched|shipped|"
        r"delivered|transported|trucked|railed|ferried|carried|moved|flown|driven)|"
        r"(?<!to\s)(?<!be\s)dispatching|"
        # "Kish Air had launched the Mashhad-Herat route", "launched air corridors with
        # Turkey", "sent a freight train from Wuhan": done
        r"(?:has|have|had)\s+(?:now\s+|already\s+)?(?:started|launched|opened|completed|"
        r"inaugurated|begun)|(?<!to\s)(?<!will\s)(?<!would\s)(?<!be\s)(?:launched|started|"
        r"opened|inaugurated)\s+(?:[\w-]+\s+){0,3}?(?:routes?|corridors?|services?|flights?|"
        r"lines?)\b|(?<!to\s)(?<!will\s)(?<!would\s)(?:sent|dispatched)\s+(?:a|an|the|its|"
        r"their|\w+)\s+(?:[\w-]+\s+)?(?:trains?|convoys?|shipments?|consignments?|vessels?|"
        r"trucks?)\b|"
        # "intercity buses travel from A to B"
        r"(?<!will\s)\bbuses\s+(?:now\s+|already\s+)?(?:travel|run|go|ply|leave|operate)\b|"
        # "the convoy had set off for Tashkent": a journey under way or made
        r"(?:has|have|had)\s+(?:already\s+)?(?:set\s+off|set\s+out|left|departed|arrived|"
        r"reached)\b|(?<!to\s)(?<!will\s)(?<!would\s)\bset\s+(?:off|out)\s+from|"
        r"(?<!to\s)(?<!will\s)(?<!would\s)ended\s+(?:its|their)\s+(?:\w+\s+)?(?:journey|trip|run|"
        r"voyage)|(?<!to\s)(?<!will\s)(?<!would\s)pulled\s+(?:out\s+of|into|in\s+at)|"
        # "the first flight touched down", "the voyage got under way", "flights have been
        # launched", "off to a strong start", "the cargo then went by sea"
        r"touched\s+down|got\s+under\s?way|(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?"
        r"(?:launched|inaugurated|introduced)|off\s+to\s+a\s+(?:\w+\s+)?start|"
        r"(?<!to\s)(?<!will\s)(?<!would\s)\bwent\s+(?:\w+\s+){0,3}?by\s+(?:rail|road|sea|air|"
        r"truck|train|ship|ferry)|"
        # "Kam Air and Ariana run flights to ...": services that run now
        r"(?<!to\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!can\s)(?<!may\s)(?<!might\s)"
        r"(?<!should\s)(?:run|operate)\s+(?:[\w-]+\s+){0,3}?(?:flights?|services?|trains?|"
        r"ferr(?:y|ies)|sailings?|buses)\b|"
        # "the vessel shipped wheat from A to B": a movement told in the past
        r"(?<!to\s)(?<!be\s)(?<!will\s)(?<!would\s)(?<!been\s)(?:shipped|trucked|ferried|"
        r"delivered|carried|hauled|transported)\s+(?:[\w-]+\s+){0,4}?(?:from|to|into)\b|"
        r"(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:built|laid|commissioned)|"
        r"on\s+(?:its|their)\s+way|brings?\s+back|brought\s+back|"
        r"(?:trucks|lorries|trains|ships|vessels|goods|cargo)\s+(?:\w+\s+){0,3}?(?:travelling|"
        r"moving|crossing|passing|running)|capacity\b[^.;]{0,40}?\b(?:is|are|was|were|has|have)"
        r"\s+(?:\w+\s+){0,3}?(?:expanded|increased|raised|lifted|doubled)|(?:lifted|expanded|"
        r"raised)\b[^.;]{0,160}?\bcapacity|"
        r"(?:is|are|was|were)\s+(?:still\s+)?the\s+(?:highest|longest|largest|oldest)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:crossings?|links?|routes?|roads?|railways?|"
        r"highways?|ports?|passes))\b")),
    ("agreed", None, re.compile(
        r"\b(?:agreed|agree|agreement|agreements|signed|sign|mou|memorandum|protocol|"
        r"deal|approved|endorsed|ratified|consensus|provides\s+for|permission|permits?|"
        r"licen[cs]e[sd]?|(?:approval|clearance)\s+(?:was\s+)?granted|under\s+the\s+"
        r"(?:deal|accord))\b")),
    # headline and announcement infinitives: "flights to begin on April 21", "Karachi-Almaty
    # flights to follow in May", "preparatory work expected shortly", "prepared to fund"
    ("planned", None, re.compile(
        r"\b(?:(?:flights?|services?|trains?|sailings?|route|line|railway|work|operations?|"
        r"ferr(?:y|ies)|bus(?:es)?|trucks?|convoys?|traffic)\s+(?:\w+\s+)?to\s+(?:begin|start|"
        r"open|follow|launch|commence|restart)|"
        r"expected\s+(?:shortly|soon)|(?:is|are|was|were)\s+prepar(?:ed|ing)\s+to|"
        r"preparations?\s+for|"
        r"(?:will|would)\s+soon|soon\s+(?:be|to)|(?:is|are)\s+to\s+be\s+[a-z]+(?:ed|en|lt|id))\b")),
    ("planned", None, re.compile(
        r"\b(?:plan|plans|planned|planning|will|shall|scheduled|would\s+(?:start|begin|"
        r"commence|open)|set\s+to|to\s+be\s+"
        r"(?:built|launched|opened|completed)|expected\s+to|feasibility|envisaged|"
        r"intends?|intend|target(?:s|ed)?|roadmap|by\s+20\d\d|(?:is|are)\s+expected|"
        r"announc(?:ed|es|ing)|starting\s+(?:next|on|in|from)|from\s+next|"
        r"next\s+(?:week|month|year|spring|summer|autumn|winter)|(?:from|in|by|starting)\s+"
        r"(?:january|february|march|april|june|july|august|september|october|november|"
        r"december)|under\s+the\s+(?:\w+\s+)?"
        r"(?:plan|programme|program|strategy|scheme|project))\b")),
    # "the line is meant to join A with B", "is designed to connect": a plan with a design;
    # "drivers are to begin hauling", "flights are now due to begin", "to be linked by rail"
    ("planned", None, re.compile(
        r"\b(?:(?:is|are)\s+(?:meant|designed|intended|slated|due)\s+to|(?:is|are|was|were)\s+"
        r"(?:now\s+)?(?:due\s+)?to\s+(?:begin|start|open|launch|resume|commence|run|operate)|"
        r"to\s+be\s+(?:linked|connected|joined|built|opened|launched|extended|introduced))\b")),
    # "now open to traffic", "Phase 1 ... was finished in 2013": a road in use
    ("existing", None, re.compile(
        r"\b(?:(?:is|are|was|were|now)\s+open\s+(?:to|for)\s+(?:traffic|vehicles|trucks|"
        r"trade|passengers)|(?<!will\s)(?<!be\s)(?:was|were)\s+(?:finished|completed)\s+in\b|"
        r"(?:is|are)\s+(?:now\s+)?(?:complete|completed|finished|operational|functional)\b|"
        r"(?<!be\s)(?<!will\s)(?<!to\s)(?:followed|launched|opened|introduced|inaugurated|"
        r"started)\s+(?:[\w-]+\s+){0,8}?in\s+(?:january|february|march|april|may|june|july|"
        r"august|september|october|november|december)\s+\d{4}\b|"
        r"(?<!be\s)(?<!will\s)(?:finished|completed|built|commissioned)\s+in\s+(?:\d{4}|"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december)\s+\d{4})\b|"
        r"(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:repaired|rebuilt|upgraded|"
        r"renovated|restored|reconstructed|widened|modernised|modernized|reopened))")),
    # a service told as begun or running: "flights from A to B began in May", "back after
    # suspension", "is once more open", "finished building the highway", "puts on an extra
    # service", "marks ten years", "takes a new route", "gave the start to a train"
    ("existing", None, re.compile(
        r"\b(?:(?:flights?|services?|trains?|operations?|traffic|sailings?|voyages?|trips?|"
        r"shipments?|deliveries|buses|trucks|ferr(?:y|ies))\b[^.;]{0,60}?(?<!will\s)(?<!to\s)"
        r"(?<!would\s)(?<!not\s)\bbegan(?!\s+in\s+(?:19|20)\d\d)|back\s+after|"
        r"(?:once\s+(?:more|again)|again)\s+open|(?:finished|completed)\s+building|"
        r"puts?\s+on\s+(?:an?\s+)?(?:extra|additional|new|second)|marks?\s+(?:\w+\s+){0,2}"
        r"(?:years?|anniversary)|takes?\s+(?:a\s+)?new\s+route|gave\s+the\s+start|"
        r"(?:was|were)\s+started\s+between|(?:has|have)\s+been\s+(?:started|launched|"
        r"inaugurated|introduced)\s+by|"
        # "such cargo used to go by road to Trabzon"; "has again moved a consignment"
        r"used\s+to\s+(?:go|run|travel|move|carry|fly|sail|be\s+(?:carried|shipped|sent))|"
        r"(?:has|have|had)\s+(?:again\s+|already\s+|now\s+)?(?:moved|shipped|sent|delivered|"
        r"carried|transported|trucked)\s+(?:a|an|the|its|their|\d+)\b)\b")),
)
#: A wish ("traders want ...", "calls for ..."), then what is wished for.
_WISH_FOR = (
    r"\b(?:want|wants|wanted|hope|hopes|urged?|urging|call(?:s|ed)?\s+for|demand(?:s|ed)?|"
    r"ask(?:s|ed)?\s+for|seek(?:s|ing)?)\b[^.;]{0,60}?\b"
)
_WISH_RESUMED = re.compile(
    _WISH_FOR + r"(?:restored|resumed|reopened|restore|resume|reopen|resumption)\b"
)
_WISH = re.compile(
    _WISH_FOR + r"to\s+be\s+(?:opened|built|launched|started|extended)\b|"
    r"\b(?:want|wants|wanted|hope|hopes|hoped|hoping|would\s+like|wish(?:es)?)\s+to\s+"
    r"(?:\w+\s+)?(?:extend|open|build|launch|start|add|introduce|connect|link|run|operate|"
    r"expand|develop|improve|boost|increase|strengthen|establish|create|restore)\b"
)
#: Permission asked for, not yet given ("is seeking permission to fly"): a proposal.
_SEEK = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|appl(?:y|ies|ied|ying)\s+for|request(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?for|await(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?(?:permission|approval|"
    r"clearance|licen[cs]es?|rights|slots|permits?)\b"
)
#: A suspension that is short or forced ("halted for three days because of storms"): the
#: service still exists.
_TEMPORARY = re.compile(
    r"\b(?:temporar(?:y|ily)|for\s+(?:a\s+|the\s+next\s+|another\s+|up\s+to\s+)?(?:few|"
    r"several|one|two|three|four|five|six|seven|eight|nine|ten|\d+|an?)\s+(?:more\s+)?"
    r"(?:hours?|days?|weeks?)|for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth)\s+"
    r"(?:day|week)|(?:because\s+of|due\s+to|owing\s+to|after)\s+(?:\w+\s+){0,3}?"
    r"(?:storms?|weather|fog|snow(?:fall|storms?)?|landslides?|floods?|flooding|maintenance|"
    r"repairs?|winds?|ice|avalanches?|strikes?)|(?:expected|due|set|scheduled)\s+to\s+"
    r"(?:resume|reopen|restart))\b"
)
#: A service that a closure or a dispute leaves running.
_UNAFFECTED = re.compile(
    r"\b(?:(?:are|is|were|was|be|been|remain|remains|remained)\s+(?:not|n't)\s+(?:been\s+)?"
    r"affected|(?:are|is|were|was|remain|remains|remained)\s+unaffected|continue[sd]?\s+"
    r"(?:as\s+normal|unaffected|normally))\b"
)
#: A study that is done: the link it studied is still a proposal.
_STUDY_DONE = re.compile(
    r"\b(?:study|studies|survey|feasibility\s+report|assessment|design)\b[^.;]{0,80}?\b"
    r"(?:(?:had|has|have)\s+been|was|were)\s+(?:completed|finished|concluded)"
)
#: Not decided yet ("has not yet been approved"): still a proposal, not a rejection.
_NOT_YET = re.compile(
    r"\b(?:(?:not|n't)\s+(?:\w+\s+)?yet|yet\s+to)\s+(?:be\s+|been\s+)?(?:approved|agreed|"
    r"signed|ratified|finali[sz]ed|decided|endorsed|approve|agree|sign|ratify|decide)\b"
)
_NOT_RESUMED = re.compile(
    r"\b(?:not|never|no|n't|yet\s+to)\s+(?:\w+\s+)?(?:resum|restor|reopen|relaunch)\w*"
)
#: A service the clause puts in the future ("flights will resume on Saturday, operating
#: twice a week", "Aeroflot is restarting service", "ferries are to be launched from 2026,
#: with the first ships crossing"): its running words describe the plan.
_FUTURE_SERVICE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due\s+)?to|intends?\s+to|plans?\s+to|(?:is|are)\s+"
    r"(?:set|scheduled|expected)\s+to)\s+(?:\w+\s+){0,2}?(?:resume|restart|be\s+(?:launched|"
    r"restored|resumed|reopened|introduced)|return|launch|start|begin|open|reopen)\b|\b(?:is|are)\s+"
    r"(?:restarting|resuming|relaunching)\b|"
    # "arrangements are already in place for a service from A to B to start in October"
    r"\bservices?\s+(?:[\w,-]+\s+){0,14}?to\s+(?:start|begin|launch|open|resume)\b"
)
#: A completion told as a condition ("once construction of the line is complete", "when
#: the route was built it would"): the line is not there yet, and the condition says no
#: more about it than that.
_CONDITION_DONE = re.compile(
    r"\b(?:once|when|as\s+soon\s+as|after|until|if)\s+(?:[\w-]+\s+){0,8}?(?:is|are|was|were|"
    r"has\s+been|have\s+been|gets?|becomes?)\s+(?:fully\s+)?(?:complete|completed|built|"
    r"finished|ready|operational|in\s+operation|commissioned)\b(?=[^.]*\b(?:will|would|could|"
    r"can|shall)\b)"
)
#: A link told in the present simple ("AH66 goes from Dushanbe to Xinjiang", "trucks bring
#: these containers from Iran", "flights run twice a week"): the weakest cue of a running
#: link, taken only when the clause has no other and says nothing of the future.
_PRESENT_SERVICE = re.compile(
    r"\b(?:goes|leads|connects|joins|runs|brings|carries|crosses|serves|operates|"
    r"flies|sails|plies|(?:trucks|trains|flights|ships|vessels|drivers|buses|ferries|"
    r"services|goods)\s+(?:also\s+)?(?:go|run|bring|carry|cross|use|travel|ply|operate|fly|"
    r"sail|move|pass))\b"
)
_NOT_PRESENT = re.compile(
    r"\b(?:will|would|could|can|may|might|should|shall|to\s+be|planned|proposed|future|"
    r"envisaged|intended|once|when|if|hope[sd]?|aims?|expected)\b"
)
#: A link named as a proposal: its "would" and "will" tell the proposal, not a plan.
_PROPOSED_THING = re.compile(r"\b(?:the|a|this)\s+(?:long-)?proposed\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:railway|railroad|line|road|highway|route|corridor|link|project)")
_STATUS_ORDER = ("rejected", "under_construction", "existing", "agreed", "planned")
_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|although|though)\b|\s(?:while|whereas)\s|\bbut\b")
#: Relative clauses (", which runs the port,"): their cues and places are not the link's.
RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*(?:,|$)")
#: How much a status says: a later mention replaces an earlier one that says less (or as
#: much, among the specific statuses: "existing" then "suspended" is news).
#: The status of a link when neither its sentence nor the sentences before it say one.
NO_CUE = "proposed"
#: How many sentences before a link's own are searched for a status cue (those of earlier
#: paragraphs only: measured on the real articles, 0.65 -> 0.71 status accuracy, with the
#: synthetic batches unchanged; looking back inside the paragraph took other links' cues).
STATUS_LOOKBACK = 2
_STATUS_RANK = {"proposed": 0, "planned": 1, "agreed": 1, "existing": 2,
                "under_construction": 2, "rejected": 2}


#: A headline's verb in the present tells what happened ("The first freight train from
#: China reaches Afghanistan", "Ariana restarts flights"); "PIA to launch" is a plan.
_HEADLINE_EVENT = re.compile(
    r"(?<!\bto\s)(?<!will\s)\b(?:launch(?:es)?|opens?|reaches|restarts?|resumes?|leaves|sets\s+"
    r"(?:out|off)|adds|starts|begins|arrives|enters|departs|completes|inaugurates|receives|"
    r"gets|welcomes|lands)\b"
)


#: A headline's "to" + verb is a plan ("PIA to launch flights to Baku").
_HEADLINE_PLAN = re.compile(
    r"\bto\s+(?:launch|open|start|begin|resume|restart|build|introduce|operate|fly|run|"
    r"connect|link|get|add|extend)\b"
)


def _headline_status(lower: str, start: int, end: int) -> tuple[str, str | None] | None:
    """A headline's status from its verb: "X to launch" planned, "X launches" existing."""
    plan = _HEADLINE_PLAN.search(lower, start, end)
    event = _HEADLINE_EVENT.search(lower, start, end)
    if event and not (plan and plan.start() < event.start()):
        return "existing", None  # "Afghanistan starts an air corridor to China to get around"
    return ("planned", None) if plan else None


def link_status(
    raw: RawLink, lower: str, s_start: int, s_end: int, known: dict[int, str],
    before: Sequence[tuple[int, int]] = (), memo: dict[str, _MaybeStatus] | None = None,
    clauses: Sequence[tuple[int, int]] | None = None, *, headline: bool = False,
) -> tuple[str, str | None]:
    """Status and status detail of ``raw``, found in the sentence ``s_start..s_end``.

    A ``headline`` without a status cue says it with its verb (:func:`_headline_status`).
    Another sentence without a status cue takes the status of the nearest of the sentences
    ``before`` it (spans, nearest last) that has one ("new bus services are to be
    introduced ... The routes on the list: Andijan - Osh, ..."), else :data:`NO_CUE`; a
    rejection is not looked back for ("no longer" a paragraph before is about something
    else).  A link that restates its antecedent's line without a status of its own keeps
    the antecedent's specific status.  ``known`` maps ``id()`` of the links seen so far to
    their statuses; ``raw``'s is added.  ``memo`` keeps the statuses of the clauses seen
    (by their text) for the other links of the same text; ``clauses`` are the sentence's
    :func:`~corridors.extract._modes.clause_ends` when they were found before.
    """
    memo = {} if memo is None else memo
    anchor = raw.anchor if raw.anchor >= 0 else raw.start
    status, detail = _status(lower, s_start, s_end, anchor, memo, clauses) or (
        _headline_status(lower, s_start, s_end) if headline else None) or next(
        (found for a, b in reversed(before)
         if (found := _status_memo(lower[a:b], memo)) and found[0] != "rejected"),
        (NO_CUE, None))
    standing = raw.named.standing if raw.named is not None else None
    if standing is not None and status in {"proposed", "planned", "agreed"}:
        # "signed up to the INSTC", "a roadmap for the Middle Corridor": the corridor runs
        status, detail = standing, None
    ante = raw.antecedent
    if (ante is not None and _STATUS_RANK[status] < 2
            and known.get(id(ante)) in {"under_construction", "existing", "rejected"}
            and detail is None and within(raw, ante)):
        # "Construction began ... The line will run from A to B": the same line
        status = known[id(ante)]
    known[id(raw)] = status
    return status, detail


_PROGRESS_OF = re.compile(
    r"\b(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?(?:road|highway|motorway|line|railway|track|"
    r"project|bridge|tunnel|route|corridor|link|work|works|construction)s?\b"
)


def progress_report(lower: str, start: int, end: int) -> bool:
    """Whether a sentence without places reports building work on the link named before
    ("Around 80 percent of the road has been completed", "Work on the line has begun")."""
    seg = lower[start:end]
    uc = _STATUS_CUES[3]
    return bool(uc[0] == "under_construction" and uc[2].search(seg)
                and _PROGRESS_OF.search(seg) and not _STATUS_CUES[0][2].search(seg))


#: Details of a later "rejected" that do not undo a link said to exist before: an article
#: that opens with a service running and recalls a halt or a "no ..." further down tells
#: the background (measured on the real articles: 3 more statuses right, none lost).
_BACKGROUND_DETAILS = frozenset({"suspended", "negated"})


def says_more(status: str, than: str, detail: str | None = None) -> bool:
    """Whether a later mention's ``status`` (with its ``detail``) replaces the status
    ``than`` said before."""
    if than == "existing" and status == "rejected" and detail in _BACKGROUND_DETAILS:
        return False
    new_rank, old_rank = _STATUS_RANK[status], _STATUS_RANK[than]
    return new_rank > old_rank or (new_rank == old_rank == 2 and status != than)


def _status(lower: str, s_start: int, s_end: int, at: int, memo: dict[str, _MaybeStatus],
            clauses: Sequence[tuple[int, int]] | None = None) -> tuple[str, str | None] | None:
    """Status from cues in the clause that contains offset ``at``, else the sentence;
    ``None`` without a cue.

    Relative clauses that do not hold ``at`` (", which already runs the port,") are left
    out: their cues describe something else.  ``clauses`` are the sentence's ends of
    :data:`MODE_CLAUSE` when they were found before.
    """
    tried: str | None = None
    for clause in (MODE_CLAUSE, _CLAUSE):
        ends = clauses if clause is MODE_CLAUSE else None  # the ends found before
        a, b = clause_of(lower, s_start, s_end, at, at + 1, ends=clause, found=ends)
        seg = lower[a:b]
        for r in RELATIVE.finditer(lower, a, b):
            if not r.start() <= at < r.end():
                k0, k1 = r.start() - a, r.end() - a
                seg = seg[:k0] + " " * (k1 - k0) + seg[k1:]
        if seg == tried:
            continue  # the wider clause is the same text: no cue there either
        found = _status_memo(seg, memo)
        if found is not None:
            return found
        tried = seg
    return None


#: The cues of each status, in the order of :data:`_STATUS_CUES`: (detail, pattern).
_CUES_OF: dict[str, tuple[tuple[str | None, re.Pattern[str]], ...]] = {
    status: tuple((d, p) for s, d, p in _STATUS_CUES if s == status) for status in _STATUS_ORDER
}


#: What :func:`_status_in` finds: a status and its detail, or ``None``.
_MaybeStatus = tuple[str, str | None] | None


def _status_memo(seg: str, memo: dict[str, _MaybeStatus]) -> _MaybeStatus:
    """:func:`_status_in`, looked up in ``memo`` first (a clause said again, a sentence
    before several links)."""
    if seg not in memo:
        memo[seg] = _status_in(seg)
    return memo[seg]


def _status_in(seg: str) -> tuple[str, str | None] | None:
    """Status from the cues in ``seg``, the strongest first; ``None`` without a cue."""
    if condition := _CONDITION_DONE.search(seg):
        rest = seg[:condition.start()] + " " * len(condition.group()) + seg[condition.end():]
        return _status_in(rest) or (NO_CUE, None)
    if _WISH_RESUMED.search(seg):
        return "proposed", "resumed"  # "traders want the bus route restored"
    if _UNAFFECTED.search(seg):
        return "existing", None  # "its services to X are not affected"
    if _STUDY_DONE.search(seg) and not _STATUS_CUES[0][2].search(seg):
        return "proposed", None  # "a study on a link to X has been completed"
    if _WISH.search(seg) or _SEEK.search(seg) or _NOT_YET.search(seg):
        return "proposed", None  # "exporters want a crossing to be opened"
    found: dict[str, tuple[bool, str | None]] = {}  # status: (has a cue, the first's detail)

    def cue(status: str) -> tuple[bool, str | None]:  # looked for only when needed
        if status not in found:
            found[status] = _first_cue(status, seg)
        return found[status]

    rejected = cue("rejected")
    if rejected == (True, "suspended") and not _NOT_RESUMED.search(seg):
        # "will resume its route, suspended in 2020, from July": the resumption is news
        for status in ("existing", "planned"):
            if cue(status) == (True, "resumed"):
                return status, "resumed"
    if rejected[0] and rejected[1] in {"suspended", "cancelled"} and _TEMPORARY.search(seg):
        return "existing", "suspended"  # closed for three days by storms: still a service
    if cue("existing")[0] and not rejected[0] and _FUTURE_SERVICE.search(seg):
        return "planned", cue("planned")[1]
    for status in _STATUS_ORDER:
        has, detail = cue(status)
        if has:
            if status == "planned" and _PROPOSED_THING.search(seg):
                return NO_CUE, None  # "the proposed railway would begin at A": a proposal
            return status, detail
    if _PRESENT_SERVICE.search(seg) and not _NOT_PRESENT.search(seg):
        return "existing", None  # no other cue, and the clause is told in the present
    return None


#: Each status's cues as one pattern, to rule a status out with one search.
_ANY_CUE_OF: dict[str, re.Pattern[str]] = {
    status: re.compile("|".join(f"(?:{p.pattern})" for _, p in cues))
    for status, cues in _CUES_OF.items()
}


def _first_cue(status: str, seg: str) -> tuple[bool, str | None]:
    """Whether ``seg`` has a cue of ``status``, and the detail of the first that matches."""
    if not _ANY_CUE_OF[status].search(seg):
        return False, None
    for detail, pattern in _CUES_OF[status]:
        if pattern.search(seg):
            return True, detail
    return False, None
