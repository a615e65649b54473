## `palermo explain`: an assessment in plain text, for a caseworker, a
## trainer reading it aloud, a prosecutor checking the reasoning.

explain-verdict = Verdict: { $verdict }
explain-also = Also found: { $also }.
explain-case = Case: { $id }
explain-person-label = Person:
explain-person = { $status } ({ $basis }).
explain-profile = Profile: { $profile } ({ $title }).
explain-provenance = Provenance: { $provenance }
explain-glance = At a glance:
explain-glance-finding = { $heading }: { $level }.
explain-row-act = Act
explain-row-means = Means
explain-row-purpose = Purpose
explain-row-missing = Missing
explain-row-facts = { $status }: { $facts }
explain-glance-smuggling = Smuggling of migrants: { $level }.
explain-glance-smuggling-aggravated = Smuggling of migrants: { $level }, aggravated.
explain-glance-smuggling-attempted = attempted (the crossing did not happen)
explain-glance-irregular = Irregular migration: { $level }.
explain-glance-unsafe = Unsafe migration: { $level }. (A risk category, not a legal finding.)
explain-caseworker = For the caseworker:
explain-warnings = Warnings:
explain-steps = Step by step:
explain-step = { $topic }. { $citation } [{ $rule }]
explain-step-plain = { $topic }. { $citation }
explain-palermo-rule = palermo's screening rule
explain-nothing-missing = Nothing is missing: every required element of trafficking is established.
explain-missing = What is missing for trafficking, and the questions that would settle it:
explain-question-label = Question:
explain-no-single-answer = No unanswered fact about it would, on its own, change the verdict.
explain-ask = Ask:
explain-other-questions = Other questions:
explain-no-questions = Next questions: none. No unanswered fact would change the verdict.
explain-ask-line = { $question } [{ $fact }]
explain-ask-line-plain = { $question }
explain-unknown-question = What is the answer for { $fact }?
disclaimer = This is a screening aid, not a legal determination. The finding depends on the facts as recorded; a competent authority decides.

## Who the person is

person-child = a child, under 18
person-presumed = presumed to be a child until the age is verified
person-adult = an adult
person-unknown = age unknown, treated as an adult, so a means is needed

## Statuses

status-established = established
status-suspected = suspected, not established
status-not_established = not established
status-not_required = not required

## The topics of the steps

topic-age = Age
topic-indicators = ILO/EC indicators
topic-act = Act
topic-means = Means
topic-purpose = Purpose
topic-consent = Consent
topic-finding = Finding on trafficking
topic-borders = Borders
topic-asylum = Asylum
topic-smuggling = Smuggling
topic-after-arrival = After arrival
topic-aggravation = Aggravation
topic-irregular-migration = Irregular migration
topic-unsafe-migration = Unsafe migration
topic-protection = Non-punishment
topic-verdict = Verdict
topic-input = Input
topic-other = Also considered

## How far a quoted provision can be relied on

wording-verbatim = verbatim from the source
wording-corroborated = from a secondary copy; check the official text
wording-unverified = unverified wording, from memory; check the official text
wording-contract = palermo's operational rule, not a legal text
wording-translation = verbatim from an unofficial translation; the authentic text is in another language

## The elements in plain words

explain-acts = The person was { $acts }.
explain-acts-suspected = Suspected, not established, that the person was { $acts }.
explain-means-suspected = Suspected, not established, that { $clauses }.
explain-purposes = The purpose was { $purposes }.
explain-purposes-suspected = Suspected, not established, that the purpose was { $purposes }.
explain-element-established = Established. { $facts }
explain-sentence = { $sentence }.
explain-element-not-required = Not required: the person is a child, or presumed to be one.
explain-element-not = Not established.
explain-gap = { $element }: { $status }.
explain-gap-facts = { $element }: { $status }, that { $facts }.
explain-gap-acts = the person was { $acts }
explain-gap-purposes = the purpose was { $purposes }
explain-any-of-these = { $clauses } (any of these)
explain-gap-note-provisional = The purpose as recorded counts only on conditions the record does not show (see the steps above): what would settle it is evidence of those conditions, or of the exploitation intended.
explain-gap-note = A suspicion is not yet proof. What evidence would establish that { $clause }: a statement, a witness, a document, a message?
element-question-act = Was the person recruited, transported, transferred, harboured or received by someone?
element-question-means = How was it done? Was the person threatened, forced, coerced, abducted, defrauded or deceived; was power, or the person's vulnerability, abused; or was someone with control over them paid?
element-question-act-us = Was the person recruited, harboured, transported, provided or obtained by someone, or, for a commercial sex act, patronized or solicited?
element-question-means-us = How was it done? Was force, fraud or coercion used: was the person threatened, forced, abducted, defrauded or deceived, or was the legal process abused against them?
element-question-purpose-us = What was it for? Was the aim a commercial sex act, or labour or services through involuntary servitude, peonage, debt bondage or slavery?
element-question-act-cambodia = Was the person recruited, moved or transferred, harboured or received, taken away from the custody of a parent or guardian, or sold, bought or exchanged for something of value?
element-question-means-cambodia = How was it done? Was force, a threat, deception or enticement used, or was power abused? (A payment to someone in control of the person is asked about with the act: it may make it a sale.)
element-question-purpose-cambodia = What was it for? Was the aim profit, sexual aggression, pornography, a marriage against the person's will, an adoption, or to exploit the person: the prostitution of others, a commercial sex act, forced labour or services, slavery or practices similar to slavery, debt bondage, involuntary servitude, child labour, or the removal of organs?
element-question-purpose = What was it for? Was the aim to exploit the person: the prostitution of others or other sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude, or the removal of organs?
why-establishes-any = If yes to any of these, { $what } is established and the verdict becomes { $verdict }.
why-yes-any = If yes to any of these, the verdict becomes { $verdict }.
short-trafficking = trafficking
short-possible_trafficking = possible trafficking
short-smuggling = smuggling
short-unsafe_migration = unsafe migration
short-irregular_migration = irregular migration
short-no_finding = no finding

## What a flag asks the caseworker to do

flag-presumed_child = Presumed child: give the protection due to a child until the age is verified.
flag-internal_trafficking = Internal trafficking: no border was crossed, and none is needed.
flag-asylum_referral = Asylum: refer the claim. Non-refoulement applies whatever the finding.
flag-non_punishment = Non-punishment: before any prosecution, consider whether the person committed the offences because they were trafficked (the reasons say how close a link the instrument asks for: compelled to commit them, or their direct result).
flag-aggravated_smuggling = Aggravated smuggling: life or safety endangered, or inhuman or degrading treatment.
flag-purpose_by_interpretation = The purpose rests on a form of exploitation read into the Protocol's list.
    .other = The purpose rests on a form of exploitation read into one the instrument names.
flag-relationship_continued = The facilitator kept a hold on the person after arrival: a sign of trafficking, not of smuggling.

## The ILO/EC indicators in an explanation

explain-ilo-carried = Carried by ILO/EC indicators:
explain-ilo-stated = { $element }: stated directly; the indicators add nothing at this level.
explain-ilo-by = { $element }: { $by }: { $indicators }.
explain-ilo-by-stated = { $element }: { $by }, and stated directly: { $indicators }.
explain-ilo-single = single indicators
explain-ilo-positive-dimensions = { $dimensions } (positive)
explain-ilo-heading = ILO/EC indicators (policy { $policy } version { $version }; list: { $list }):
explain-ilo-heading-instead = ILO/EC indicators (policy { $policy } version { $version }; list: { $list }, in place of { $requested }):
explain-ilo-dimension = { $dimension }: { $status }
explain-ilo-positive = positive ({ $clause })
explain-ilo-positive-if = positive if the suspected indicators are confirmed ({ $clause })
explain-ilo-not-positive = not positive
explain-ilo-indicator = { $indicator } ({ $grade }): { $fact }
explain-ilo-not-graded = not graded
answer-yes = yes
answer-no = no
answer-suspected = suspected
explain-ilo-verdict-agrees = ILO/EC verdict: { $label }. It agrees with the Protocol finding.
explain-ilo-verdict-differs = ILO/EC verdict: { $label }. It differs from the Protocol finding.
explain-ilo-verdict-level-agrees = ILO/EC verdict: { $label } ({ $level }). It agrees with the Protocol finding.
explain-ilo-verdict-level-differs = ILO/EC verdict: { $label } ({ $level }). It differs from the Protocol finding.
explain-ilo-note = Note: { $note }

## The state of a translation (English is the source)

translation-status = English: the source text of every message.
