## The facts of a case, in words. For each fact: its name in a list of
## facts (the message), how it reads in a sentence about the person
## (`.done` for acts, `.clause` for means, `.aim` for purposes), and the
## question an interviewer would ask to settle it (`.ask`).


## act

fact-act-recruitment = recruitment
    .done = recruited
    .ask = Did someone recruit the person: offer a job, a marriage or a trip?
fact-act-transportation = transportation
    .done = transported
    .ask = Did someone transport the person, or arrange the journey?
fact-act-transfer = transfer
    .done = handed over (transferred)
    .ask = Was the person handed over from one person to another?
fact-act-harbouring = harbouring
    .done = housed or held (harboured)
    .ask = Did someone house the person, or keep them somewhere?
fact-act-receipt = receipt
    .done = received
    .ask = Did someone receive the person on arrival?
fact-act-exchange_or_transfer_of_control = exchange or transfer of control
    .done = passed from one person's control to another's
    .ask = Was control over the person passed or exchanged between people?
fact-act-provision = provision
    .done = provided to someone
    .ask = Did someone provide the person to another?
fact-act-obtaining = obtaining
    .done = obtained by someone
    .ask = Did someone obtain the person from another?
fact-act-patronizing = patronizing
    .done = paid for as a sex act (patronized)
    .ask = Did someone pay for a sex act with the person?
fact-act-soliciting = soliciting
    .done = solicited for a sex act
    .ask = Did someone solicit the person for a sex act?
fact-act-removal_from_custody = removal from custody
    .done = taken from their lawful guardians
    .ask = Was the person, a minor, taken away from their parents or lawful guardians?

## means

fact-means-threat = threat
    .clause = the person was threatened
    .ask = Was the person, or their family, threatened?
fact-means-force = force
    .clause = force was used against the person
    .ask = Was physical force used against the person?
fact-means-coercion = coercion
    .clause = the person was coerced
    .ask = Was the person coerced in another way: a debt they could not refuse, papers taken, threats to report them?
fact-means-abduction = abduction
    .clause = the person was abducted
    .ask = Was the person taken away against their will?
fact-means-fraud = fraud
    .clause = the person was defrauded
    .ask = Was the person cheated: a false contract, false fees, false papers?
fact-means-deception = deception
    .clause = the person was deceived
    .ask = Was the person lied to about the job, the pay, the conditions or the place?
fact-means-abuse_of_power = abuse of power
    .clause = someone abused their power over the person
    .ask = Did someone use their power over the person: an employer, an official, a guardian?
fact-means-abuse_of_vulnerability = abuse of vulnerability
    .clause = someone took advantage of the person's position of vulnerability
    .ask = Did someone take advantage of the person's vulnerability, so that they had no real choice but to submit?
fact-means-payment_to_controller = payment to controller
    .clause = someone with control over the person was paid to agree
    .ask = Was someone with control over the person (a parent, a guardian, an employer) paid to agree?
fact-means-enticement = enticement
    .clause = the person was enticed with promises
    .ask = Was the person lured away with promises or gifts?
fact-means-abuse_of_legal_process = abuse of legal process
    .clause = the person was threatened with the law (an abuse of legal process)
    .ask = Was the person threatened with the law: arrest, deportation, a complaint to the police?

## purpose

fact-purpose-prostitution_of_others = prostitution of others
    .aim = to profit from the person's prostitution (the exploitation of the prostitution of others)
    .ask = Was the aim to profit from the person's prostitution?
fact-purpose-sexual_exploitation = sexual exploitation
    .aim = sexual exploitation
    .ask = Was the aim another form of sexual exploitation?
fact-purpose-forced_labour = forced labour
    .aim = forced labour
    .ask = Was the aim to make the person work under the threat of a penalty, work they had not freely agreed to?
fact-purpose-forced_services = forced services
    .aim = forced services
    .ask = Was the aim to make the person provide services under the threat of a penalty?
fact-purpose-slavery = slavery
    .aim = slavery (treating the person as property)
    .ask = Was the aim to treat the person as property: to buy, sell or own them?
fact-purpose-practices_similar_to_slavery = practices similar to slavery
    .aim = a practice similar to slavery
    .ask = Was the aim a practice similar to slavery: debt bondage, serfdom, a servile marriage, or handing over a child for exploitation?
fact-purpose-servitude = servitude
    .aim = servitude
    .ask = Was the aim to keep the person in conditions they could not escape or change?
fact-purpose-organ_removal = organ removal
    .aim = the removal of organs
    .ask = Was the aim to remove an organ?
fact-purpose-forced_begging = forced begging
    .aim = forced begging
    .ask = Was the aim to make the person beg?
fact-purpose-forced_criminality = forced criminality
    .aim = forced criminal activity
    .ask = Was the aim to make the person commit crimes?
fact-purpose-forced_marriage = forced marriage
    .aim = forced marriage
    .ask = Was the aim to marry the person off without their free consent?
fact-purpose-illegal_adoption = illegal adoption
    .aim = illegal adoption
    .ask = Was the aim an illegal adoption?
fact-purpose-commercial_sex = commercial sex
    .aim = a commercial sex act
    .ask = Was the aim a sex act for which something of value was given or received?
fact-purpose-debt_bondage = debt bondage
    .aim = debt bondage
    .ask = Was the person to work off a debt whose terms were not fair or not limited?
fact-purpose-peonage = peonage
    .aim = peonage (forced work to pay off a debt)
    .ask = Was the person to be forced to work to pay off a debt?
fact-purpose-exploitation_of_surrogacy = exploitation of surrogacy
    .aim = the exploitation of surrogacy
    .ask = Was the aim to exploit the person as a surrogate mother?
fact-purpose-production_of_pornography = production of pornography
    .aim = the production of pornography
    .ask = Was the aim to produce pornography?
fact-purpose-sexual_aggression = sexual aggression
    .aim = sexual aggression
    .ask = Was the aim sexual aggression against the person?
fact-purpose-profit_making = profit making
    .aim = making a profit from the person
    .ask = Was the aim to make a profit from the person?
fact-purpose-child_labour = child labour
    .aim = child labour
    .ask = Was the aim to make the child work?

## risk_factors

fact-risk_factors-unlicensed_recruiter = unlicensed recruiter
    .ask = Was the recruiter or broker unlicensed?
fact-risk_factors-recruitment_fees_or_debt = recruitment fees or debt
    .ask = Did the person pay recruitment fees, or go into debt for the journey?
fact-risk_factors-no_written_contract = no written contract
    .ask = Did the person go without a written contract?
fact-risk_factors-no_travel_documents = no travel documents
    .ask = Did the person travel without a passport or travel documents of their own?
fact-risk_factors-documents_held_by_others = documents held by others
    .ask = Is someone else holding the person's identity or travel documents?
fact-risk_factors-dangerous_route = dangerous route
    .ask = Was the route dangerous?
fact-risk_factors-no_information_on_destination = no information on destination
    .ask = Did the person go without information about the place, the job or the conditions?
fact-risk_factors-labour_rights_violations = labour rights violations
    .ask = Were the person's labour rights violated: pay, hours, safety?

## the person, the movement, and the other facts

fact-person-age = age
    .ask = How old was the person at the time?
fact-person-age_estimate = age estimate
    .ask = What age range is the person likely to be in?
fact-person-child_indicators = child indicators
    .ask = Are there signs that the person is a child: appearance, school, documents?
fact-person-vulnerable = vulnerable
    .ask = Was the person in a position of vulnerability?
fact-person-under_guardianship = under guardianship
    .ask = Is the person under a guardian's or curator's lawful custody, whatever their age?
fact-consent = consent
    .ask = Did the person agree?
fact-exploitation_occurred = exploitation occurred
    .ask = Did the exploitation actually happen?
fact-movement-migrated = migrated
    .ask = Did the person leave home to go somewhere else?
fact-movement-crossed_border = crossed border
    .ask = Did the person cross an international border?
fact-movement-entry = entry
    .ask = Did the person enter the country without meeting its entry rules?
fact-movement-stay = stay
    .ask = Is the person staying in the country without permission?
fact-movement-national_or_resident_of_destination = national or resident of destination
    .ask = Is the person a national or permanent resident of the country they entered?
fact-facilitator-procured_entry = procured entry
    .ask = Did someone else arrange the crossing for the person?
fact-facilitator-enabled_irregular_stay = enabled irregular stay
    .ask = Did someone else make it possible for the person to stay without permission?
fact-facilitator-material_benefit = material benefit
    .ask = Was the person who helped paid, or did they gain something material from it?
fact-facilitator-humanitarian_or_family = humanitarian or family
    .ask = Was the help given for humanitarian reasons, or by close family?
fact-facilitator-relationship_after_arrival = relationship after arrival
    .ask = After arriving, did the person stay tied to the one who helped them: for work, a debt or a place to live?
fact-movement-fraudulent_documents = fraudulent documents
    .ask = Were false travel or identity documents used?
fact-movement-life_endangered = life endangered
    .ask = Was the person's life or safety put at risk on the way?
fact-movement-inhuman_or_degrading_treatment = inhuman or degrading treatment
    .ask = Was the person treated in an inhuman or degrading way?
fact-movement-crossing_planned = crossing planned
    .ask = Was a border crossing arranged or under way, but not made (stopped before the border, turned back, abandoned before landing)?
fact-asylum_claim = asylum claim
    .ask = Does the person fear return, or want to claim asylum?
fact-offences_by_person = offences by person
    .ask = Has the person committed offences, for example with false papers?
