## The reasons of an assessment: what each rule found, in words. Variables
## are filled in by palermo; `$fact`, `$facts` and lists are already in
## words, joined by the list messages at the end of this file.

## Age (Trafficking Protocol art. 3(d); presumption of minority)

age-stated-child = The person was { $age } at the time of the act: a child, under 18.
age-stated-adult = The person was { $age } at the time of the act: an adult.
# The span of an age estimate, said as `$span` in the messages below: its two
# ends; open at the top when it reaches the oldest age a record can hold (as
# a record that says only "adult" is read); open at the bottom when it starts
# at 0 (as "minor" is read). `$open` is `yes` for a span open at one end,
# which already says which side of 18 it is on.
age-span = { $min } to { $max }
age-span-over = { $min } or over
age-span-under = { $max } or under
age-estimated-child = The person's age is estimated at { $span }: { $open ->
        [yes] a child.
       *[no] under 18 on any view, a child.
    }
age-estimated-adult = The person's age is estimated at { $span }: { $open ->
        [yes] an adult.
       *[no] 18 or over on any view, an adult.
    }
age-estimated-signs = The person's age is estimated at { $span }, but there are signs that the person may be a child. An estimate is not a verified age: the age is uncertain, so the person is presumed to be a child until the age is verified.
age-estimated-presumed = The person's age is estimated at { $span }, which includes ages under 18. The age is uncertain, so the person is presumed to be a child until the age is verified.
age-presumed-signs = There are signs that the person is a child and the age is not known, so the person is presumed to be a child until the age is verified.
age-presumed-suspected = It is suspected that the person is a child and the age is not known, so the person is presumed to be a child until the age is verified.
age-unknown = The person's age is not known and there is no sign that they are a child. They are treated as an adult, so the means element is needed. Their age is a question to ask.
basis-stated = stated age { $age }
basis-estimated = age estimated at { $span }
basis-signs = indicators of childhood, age unknown
basis-unknown = age not stated

## The elements of trafficking

act-established = Act established: { $facts }.
act-suspected = Act suspected, not established: { $facts }.
means-established = Means established: { $facts }.
means-suspected = Means suspected, not established: { $facts }.
purpose-established = Purpose established: { $facts }.
purpose-suspected = Purpose suspected, not established: { $facts }.
counts-under-one = { $facts } counts under this provision.
counts-under-many = { $facts } count under this provision.
read-as = Here { $readings }.
purpose-provisional = A forced marriage or an illegal adoption is a practice similar to slavery only on the conditions of the 1956 Convention: a woman given in marriage without the right to refuse, on payment to her family or another person, or liable to be transferred for value or inherited; a child handed over with a view to exploiting the child or the child's labour. Until those conditions are shown, this counts at most as suspected ({ $facts }): record the exploitation intended, or practices similar to slavery where the conditions are met.
purpose-provisional-forced_marriage = A forced marriage is a practice similar to slavery only on the conditions of the 1956 Convention (art. 1(c)): a woman given in marriage without the right to refuse, on payment to her family or another person, or liable to be transferred for value or inherited. Until those conditions are shown, this counts at most as suspected ({ $facts }): record the exploitation intended, or practices similar to slavery where the conditions are met.
purpose-provisional-illegal_adoption = An illegal adoption is a practice similar to slavery only on the condition of the 1956 Convention (art. 1(d)): a child handed over by a parent or guardian, for reward or not, with a view to exploiting the child or the child's labour. Until that is shown, this counts at most as suspected ({ $facts }): record the exploitation intended, or practices similar to slavery where the condition is met.
purpose-provisional-production_of_pornography = The production of pornography is a commercial sex act only where something of value is given or received on account of the sex acts (22 U.S.C. 7102(4)). Until that is shown, this counts at most as suspected ({ $facts }): record whether anything of value was given or received, which makes it a commercial sex act.
purpose-refuted = The conditions of a servile marriage are stated false ({ $facts }): the woman was not given on payment to her family or another person, nor is she liable to be transferred for value or inherited. The forced marriage is then no practice similar to slavery (1956 Convention art. 1(c)), so it does not count as the purpose: record the exploitation intended (forced labour or services, sexual exploitation, servitude) if there is one.
purpose-refuted-illegal_adoption = Practices similar to slavery are stated false: the child was not handed over with a view to exploiting the child or the child's labour. The illegal adoption ({ $facts }) is then no practice similar to slavery (1956 Convention art. 1(d)), so it does not count as the purpose: record the exploitation intended (forced labour or services, sexual exploitation, servitude) if there is one. The adoption may still be unlawful under other laws.
purpose-refuted-production_of_pornography = A commercial sex act is stated false: nothing of value was given or received on account of the sex acts. The purpose recorded ({ $facts }) is then no commercial sex act (22 U.S.C. 7102(4)), so it does not count as the purpose: record the exploitation intended (involuntary servitude, peonage, debt bondage, slavery) if there is one. It may still be an offence under other laws.
purpose-servile-by-payment = The woman was given in marriage on payment to a person who had control over her: that is a servile marriage, a practice similar to slavery, so the forced marriage counts in full.
read-as-minimum = { $minimum } Here { $readings }.
read-one = { $fact } counts as { $term }
read-one-conditional = { $fact } counts as { $term } only as { $condition }
read-condition-forced_marriage = a servile marriage (1956 Convention art. 1(c))
read-condition-illegal_adoption = the delivery of a child with a view to exploiting the child (1956 Convention art. 1(d))
not-element = { $fact } is not { $noun } under { $instrument }: { $note }.
noun-act = an act
noun-means = a means
noun-purpose = a purpose
other-limb = { $fact } counts only for { $limbs }, not for { $limb }.
child-rule-child = The person is a child, so the means element is not required.
child-rule-child-doubt = The person is a child. The means element is taken as not required here, provisionally: whether this provision needs a means for a child could not be checked (see the next step).
child-rule-presumed = The person is presumed to be a child. For a child no means is required, but the presumption is not proof of age: without an established means the finding is at most suspected until the age is verified.
child-rule-evidence = { $child } { $means } This is evidence, but the finding does not depend on it.
vulnerability-abuse-suspected = The person was in a position of vulnerability, and its abuse is suspected but not established. Vulnerability on its own is not a means: what must be shown is that it was taken advantage of, so that the person had no real and acceptable alternative but to submit.
intent-not-shown = The exploitation has not been shown to have happened. That does not matter: the purpose element is what was intended, not what happened.
intent-not-stated = Whether the exploitation actually happened is not stated. It does not need to have happened: the purpose element is what was intended.

## The finding on trafficking

required-child = an act and a purpose
required-adult = an act, a means and a purpose
element-act = act
element-means = means
element-purpose = purpose
finding-established = { $Term }: { $required } are established.
finding-suspected = Possible { $term }: { $required } are at least suspected, but not all established ({ $missing } not established).
finding-premise = Possible { $term }: { $required } are established, but a premise the finding rests on is only suspected (said above), so the finding stays provisional until it is confirmed.
finding-unverified = Possible { $term }: { $required } are established, but the provision this rests on is unverified (its wording is from memory or a secondary source), so the finding stays provisional until it is checked against the official text.
finding-not-one = Not trafficking on these facts: the definition needs { $required }, and { $missing } is missing.
finding-not-many = Not trafficking on these facts: the definition needs { $required }, and { $missing } are missing.
finding-limb = (Assessed as { $limb }.)
finding-no-limb = (Not assessed as { $limbs }: nothing in the facts points to one of them.)
finding-presumed = This rests on the presumption that the person is a child, which protects the person but does not prove the age: the finding stays provisional until the age is verified or a means is established.
as-adult-same = The finding would be the same if the person is verified as an adult.
as-adult-established = If the person is verified as an adult, a means is needed and the finding would be trafficking.
as-adult-suspected = If the person is verified as an adult, a means is needed and the finding would be possible trafficking.
as-adult-not = If the person is verified as an adult, a means is needed and the finding would be not trafficking.
border-internal = No international border was crossed. That does not matter: trafficking does not require a border crossing, and trafficking within one country is trafficking.
border-unknown = Whether a border was crossed does not change this finding: trafficking does not require one.
asylum-smuggled = Being smuggled does not take away the right to seek asylum. A refugee who came directly from a place where their life or freedom was threatened, and who presents to the authorities without delay with good cause, is not to be penalised for entering or staying without authorisation.
asylum = The person has claimed, or may claim, asylum. Refer the claim: the findings here do not affect the right to seek asylum or the principle of non-refoulement.

## Smuggling of migrants (Smuggling of Migrants Protocol art. 3, 5, 6)

own-state = The person is a national or permanent resident of the destination State, so they cannot have been smuggled into it.
smuggling-attempted = A crossing was arranged for a benefit but did not happen: this is attempted smuggling of migrants, an offence of its own. The Protocol names the circumstances that make smuggling aggravated (lives or safety endangered, inhuman or degrading treatment) for the completed offences, not for the attempt; they are applied here to the attempt too, as the attempt of an aggravated offence, and national law decides whether they apply.
smuggling-attempt-suspected = A crossing that did not happen may have been arranged for a benefit, but the arrangement or the benefit is only suspected: this may be attempted smuggling of migrants. It is recorded as an attempt only once both are established.
family-help = The help with the journey was humanitarian or given by family. Without the aim of a financial or other material benefit, this is not smuggling.
    .suspected = The help with the journey was humanitarian or given by family, and a financial or other material benefit is only suspected. Until a benefit is established, the family or humanitarian help keeps this from being smuggling; once one is, it does not: help given for a benefit is smuggling whoever gives it.
family-for-benefit = The help came from family or was given on humanitarian grounds, but a material benefit is also established: help given for a benefit is smuggling whoever gives it, so the family tie does not exclude it.
smuggling-entry = Smuggling of migrants: another person procured the person's irregular entry across a border, to obtain a financial or other material benefit.
smuggling-stay = Enabling an irregular stay, an offence the Smuggling Protocol sets beside the smuggling of migrants (art. 6(1)(c)): another person enabled the person to stay without meeting the requirements for a legal stay, to obtain a financial or other material benefit. The offence also needs false documents or other illegal means: check how the stay was enabled.
    .documents = Enabling an irregular stay, an offence the Smuggling Protocol sets beside the smuggling of migrants (art. 6(1)(c)): another person enabled the person to stay without meeting the requirements for a legal stay, to obtain a financial or other material benefit. False documents were used: the illegal means the offence needs.
smuggling-entry-suspected = Possible smuggling of migrants: suspected, not established, that another person procured the person's irregular entry across a border, to obtain a financial or other material benefit.
smuggling-stay-suspected = Possibly enabling an irregular stay, an offence the Smuggling Protocol sets beside the smuggling of migrants (art. 6(1)(c)): suspected, not established, that another person enabled the person to stay without meeting the requirements for a legal stay, to obtain a financial or other material benefit. The offence also needs false documents or other illegal means: check how the stay was enabled.
    .documents = Possibly enabling an irregular stay, an offence the Smuggling Protocol sets beside the smuggling of migrants (art. 6(1)(c)): suspected, not established, that another person enabled the person to stay without meeting the requirements for a legal stay, to obtain a financial or other material benefit. False documents were used: the illegal means the offence needs.
object-not-offender = The smuggled person is the object of the offence, not an offender under the Protocol.
no-benefit = Someone helped with the irregular entry or stay, but no financial or other material benefit is established. Without it, this is not smuggling under the Protocol.
self-procured = The person arranged their own irregular entry. That is irregular migration, never smuggling.
no-smuggling = No smuggling on these facts: nothing establishes that another person procured an irregular entry across a border, or enabled an irregular stay, for a benefit.
aggravated-both = Aggravated smuggling: the person's life or safety was endangered and the person was treated in an inhuman or degrading way. This aggravates the smuggling; on its own it does not make the case trafficking.
aggravated-life = Aggravated smuggling: the person's life or safety was endangered. This aggravates the smuggling; on its own it does not make the case trafficking.
aggravated-treatment = Aggravated smuggling: the person was treated in an inhuman or degrading way. This aggravates the smuggling; on its own it does not make the case trafficking.
relationship-continued = The facilitator's relationship with the person continued after arrival. Smuggling ends on arrival; continuing control (a debt, work, a place to live) is a sign of trafficking.
relationship-ended = The relationship with the facilitator ended on arrival, as it does in smuggling.

## Irregular and unsafe migration

irregular-both = Irregular migration: the person crossed a border and entered and stayed outside the rules of the State. This is a migration status, not a crime against the person.
irregular-entry = Irregular migration: the person crossed a border and entered outside the rules of the State. This is a migration status, not a crime against the person.
irregular-stay = Irregular migration: the person crossed a border and stayed outside the rules of the State. This is a migration status, not a crime against the person.
no-irregular = No irregular migration is established: that needs an established border crossing and an irregular entry or stay.
unsafe = Unsafe migration (a risk category, not a legal finding): the person migrated with these risk factors: { $risks }.
risks-without-migration = There are risk factors, but no migration is established, so this is not unsafe migration.

## Protection, and the verdict

non-punishment = The person may have committed offences, and may be a victim of trafficking. The Protocol itself has no non-punishment clause; the OHCHR Recommended Principles (Principle 7) advise that trafficked persons should not be prosecuted for unlawful activities that are a direct consequence of their being trafficked. Before any prosecution, consider whether that is so.
non-punishment-coe = The person may have committed offences, and may be a victim of trafficking. The Convention requires each Party to provide for the possibility of not imposing penalties on victims for unlawful activities they were compelled to commit: a discretion, not a bar to prosecution. Before any prosecution, consider whether they were compelled.
non-punishment-eu = The person may have committed offences, and may be a victim of trafficking. The Directive requires that the competent authorities be entitled not to prosecute or penalise victims for criminal activities they were compelled to commit as a direct consequence of being trafficked: a discretion, not a bar. Before any prosecution, consider whether they were compelled.
non-punishment-asean = The person may have committed offences, and may be a victim of trafficking. ACTIP asks each Party, subject to its domestic law and in appropriate cases, to consider not holding victims liable for unlawful acts directly related to the trafficking: a discretion, not a bar. Before any prosecution, consider whether that is so.
non-punishment-us = The person may have committed offences, and may be a victim of trafficking. US federal law has no provision that bars their prosecution, but Congress found that victims of severe forms of trafficking should not be penalized solely for unlawful acts committed as a direct result of being trafficked (22 U.S.C. 7101(b)(19)): guidance, not a bar. Raise it with the prosecutor.
non-punishment-cambodia = The person may have committed offences, and may be a victim of trafficking. This law has no non-punishment provision: any protection from prosecution depends on other law or on the prosecutor's discretion. Raise it with the prosecutor.
verdict-reason = Verdict: { $verdict }.
verdict-reason-also = Verdict: { $verdict }. Also found: { $also }.
verdict-trafficking = trafficking in persons
verdict-possible_trafficking = possible trafficking in persons (suspected, not established)
verdict-smuggling = smuggling of migrants
verdict-unsafe_migration = unsafe migration (a risk category, not a legal finding)
verdict-irregular_migration = irregular migration
verdict-no_finding = no finding on the facts given

## Warnings: conflicts in the input that were resolved

warning-age-outside-estimate = The stated age ({ $age }) is outside the estimate ({ $span }); the stated age is used.
warning-signs-adult-estimate = There are signs that the person may be a child, but the age estimate is entirely 18 or over. The person is presumed to be a child until the age is verified. Check the record and verify the age.
warning-signs-adult-age = There are signs that the person may be a child, but the stated age is 18 or over; the stated age is used. Verify the age.
warning-entry-without-crossing = The entry is recorded as irregular, but no border crossing is recorded. Check the record: an irregular entry needs a crossing.
warning-exploitation-without-purpose = The exploitation is recorded as having happened, but every purpose recorded is ruled out. Check the record: what was the exploitation?
warning-sale-but-no-exchange = The record states that control over the person was not exchanged, but it records the person handed over or received and a payment to a person in control, which this law reads as a sale. The statement is followed: no sale is read in. Check the record.
warning-attempt-but-no-crossing-planned = The record states that no border crossing was planned, but it records an entry procured for a benefit, with no crossing made: an attempt at smuggling is read from that. Check the record.
warning-family-and-benefit = The help is recorded both as family or humanitarian help and as given for a material benefit. The benefit decides: help for profit is not excluded from smuggling because the helper is a relative. Check the record.
warning-regular-entry-false-documents = The entry is recorded as regular, but the record says false travel or identity documents were used. An entry that does not meet the requirements for legal entry, such as one made on false documents, is an illegal entry (Smuggling Protocol art. 3(b)). The entry is taken as recorded. Check the record: was the border crossed on those documents?
warning-not-servile-but-paid = The record states that the marriage was not servile, but it records a payment to a person in control of the woman, which is what makes a forced marriage servile (1956 Convention art. 1(c)(i)). The payment is followed: the forced marriage counts. Check the record.
warning-unknown-indicators = Indicators not on any ILO/EC list of policy { $policy } were not used: { $ids }.
warning-indicator-conflict = The record rules out { $fact }, but the indicators show it: it counts at most as suspected, and a finding that rests on it is provisional. Check the record.
warning-ilo-data = The ILO/EC indicator data could not be loaded ({ $error }); the indicators were not used.

## Next questions: what an answer would change

why-establishes = If yes, { $what } is established and the verdict becomes { $verdict }.
why-yes = If yes, the verdict becomes { $verdict }.
why-irregular = If irregular, the verdict becomes { $verdict }.
why-under-18 = If the person is under 18, the verdict becomes { $verdict }.
why-adult = If the person is 18 or over, the verdict becomes { $verdict }.
why-age-both = If the person is under 18, the verdict becomes { $yes }; if the person is 18 or over, the verdict becomes { $no }.
why-no = If no, the verdict becomes { $verdict }.
why-regular = If regular, the verdict becomes { $verdict }.
why-towards = Towards { $target }, which needs { $total } more { $total ->
        [1] part
       *[other] parts
    }: this would supply { $part }.
part-act = the act element
part-child = the person being a child
part-means-or-child = the means element (or the person being a child)
part-means = the means element
part-purpose = the purpose element
part-benefit = a financial or other material benefit
part-procured = an irregular entry or stay procured by another
part-migration = a migration
part-risk-factor = a risk factor
part-border-crossing = a border crossing
part-irregular-entry-or-stay = an irregular entry or stay

## Lists in a sentence

list-comma = {", "}
list-and = {" and "}
list-or = {" or "}
list-semicolon = {"; "}
