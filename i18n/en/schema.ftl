## The JSON Schema of one case (`palermo schema input`): the title and help
## text of each group of facts, for a form generated from the schema. The
## facts themselves take theirs from facts.ftl (the name and the question).

schema-title = palermo contract v1: one case
schema-description = The facts of one case. Every field is optional; a fact is yes (true), suspected ("suspected"), no (false) or unknown (left out). Unknown fields are errors.
group-person = The person
    .description = Who the person is: the age decides whether a means is needed.
group-act = What was done to the person
    .description = How the person came to be where they were exploited, or meant to be.
group-means = How it was done
    .description = Threats, force, lies, or someone taking advantage of the person.
group-purpose = What it was for
    .description = The exploitation intended, whether or not it happened.
group-movement = The journey
    .description = Where the person went, and whether they crossed a border.
group-facilitator = Who helped with the journey
    .description = Someone who arranged the crossing or the stay, and what they gained.
group-risk_factors = Risks of the migration
    .description = Signs that the migration was unsafe.
group-other = Other facts
    .description = Facts that do not change the finding but guide protection.
field-id = Case reference
    .description = Your own reference for the case, echoed back unchanged. Never a name.
field-profile = Jurisdiction
    .description = Whose law to apply: the Trafficking Protocol (palermo) unless another is chosen.
field-indicators = ILO/EC indicators
    .description = What the screener saw, as ILO/EC operational indicators (2009): dimension.indicator ids with a fact each (see `palermo indicators`).
field-age-min = Youngest likely age
field-age-max = Oldest likely age
value-regular = Regular
value-irregular = Irregular
value-ended = Ended on arrival
value-continued = Continued after arrival
fact-value-description = true: established; "suspected": indicated, not established; false: ruled out; null or absent: not stated. "yes", "no" and "unknown" are synonyms of true, false and null.
