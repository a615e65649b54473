## The casebook handout (`palermo casebook render`): what trainees read,
## printed or on a phone, and what trainers hand out as the answer key.

handout-title = Trafficking, smuggling, or something else?
handout-subtitle = A casebook for police, prosecutors and judges
handout-subtitle-questions = Cases for discussion: the answers are handed out separately
handout-subtitle-key = Answer key
handout-for-trainers = Trainer's edition: with palermo's rule ids and field names, for those who also use the tool.
handout-intro = Each case gives the facts as a trainer would read them aloud. Decide which finding comes first, then read the answer: element by element, with the provision behind each step. Several findings can hold at once (a smuggled person can also be trafficked); the answer is the one that comes first in this order.
handout-intro-questions = Each case gives the facts as a trainer would read them aloud. Decide which finding comes first, and say which facts make the act, the means and the purpose. Several findings can hold at once (a smuggled person can also be trafficked); the answer is the one that comes first in this order.
handout-options-intro = The options, in order:
handout-definition-intro = The definition (Trafficking in Persons Protocol, 2000):
handout-definition-child = "Child" shall mean any person under eighteen years of age.
handout-contents = Contents

## The options a trainee chooses from, and what each means.
handout-option-trafficking = Trafficking
handout-option-possible-trafficking = Possible trafficking
handout-option-smuggling = Smuggling
handout-option-unsafe-migration = Unsafe migration
handout-option-irregular-migration = Irregular migration
handout-option-no-finding = None of these
handout-meaning-trafficking = every element the definition needs is established: an act, a means and a purpose of exploitation; for a child, an act and a purpose (Trafficking Protocol art. 3).
handout-meaning-possible-trafficking = every element is at least suspected, but not all are established: reasonable grounds to protect the person and investigate.
handout-meaning-smuggling = someone procured the person's illegal entry into a country (or enabled an illegal stay) for a financial or other material benefit (Smuggling of Migrants Protocol art. 3(a), 6).
handout-meaning-unsafe-migration = a migration with established risk factors: unlicensed brokers, debts, no contract, papers held by others. A risk category, not a legal finding.
handout-meaning-irregular-migration = the person crossed a border and entered or stayed outside the rules of the State.
handout-meaning-no-finding = none of the above holds on the facts given.

## The parts of the course.
handout-part-definition = The definition: act, means and purpose
handout-part-exploitation = Forms of exploitation
handout-part-children = Children, and a person whose age is uncertain
handout-part-consent = Consent
handout-part-smuggling = Smuggling or trafficking?
handout-part-migration = Migration that is neither
handout-part-protection = Protecting the person
handout-part-indicators = From what a screener sees: ILO/EC indicators

## One case, and its answer.
handout-case = Case { $number }. { $title }
handout-default-question = Trafficking, smuggling, or something else?
handout-told = { $count } of the { $total } cases are told in this language; the others are in English.
handout-question = Question.
handout-options = Options: { $options }.
handout-answer = Answer: { $answer }.
handout-finding = The finding: { $finding }.
handout-also = Also found: { $also }.
handout-teaching-point = Teaching point.
handout-common-mistake = Common mistake.
handout-elements = Element by element
handout-person = Person: { $person } ({ $basis }).
handout-person-child = a child, under 18
handout-person-presumed-child = presumed to be a child until the age is verified
handout-person-adult = an adult
handout-person-unknown = age unknown, treated as an adult
handout-element = Element
handout-element-status = Finding
handout-element-facts = The facts
handout-act = Act
handout-means = Means
handout-purpose = Purpose
handout-established = established
handout-suspected = suspected
handout-not-established = not established
handout-not-required = not required
handout-facts-not-required = Not needed: the person is a child, or presumed to be one (art. 3(c)).
handout-facts-none = Nothing establishes it.
handout-finding-trafficking = Trafficking in persons
handout-finding-smuggling = Smuggling of migrants
handout-finding-irregular = Irregular migration
handout-finding-unsafe = Unsafe migration (a risk category, not a legal finding)
handout-finding-level = { $finding }: { $level }.
handout-aggravated = { $level }, aggravated
handout-attempted = attempted (the crossing did not happen)
handout-caseworker = For the caseworker
handout-steps = Step by step
handout-palermo-rule = palermo's screening rule
handout-own-rule = palermo's own screening rule, not a legal text
handout-wording = Wording: { $wording }.
handout-missing = What is missing, and the questions that would settle it
handout-question-label = Question:
handout-other-questions = Other questions
handout-provisions = Provisions it turns on
handout-themes = Themes: { $themes }
handout-rule = rule { $rule }
handout-field = field { $field }

## The answer key.
handout-key-case = Case
handout-key-answer = Answer
handout-key-also = Also found
handout-key-provisions = Turns on

## The page: buttons, and what the page says when an answer is chosen.
handout-show-answer = Show the answer
handout-open-all = Open all answers
handout-close-all = Close all answers
handout-your-answer = Your answer to case { $number }
handout-noscript = Scripts are off: the answers cannot be shown on this page. Ask the trainer for the answer key.
handout-right = Right: { $answer }. Now check the reasoning below.
handout-partly = Partly: { $chosen } is also found here, but the finding that comes first is { $answer }. See why below.
handout-wrong = Not quite: you chose { $chosen }. The answer is { $answer }. See why below.
handout-disclaimer = Training material. The answers come from palermo, a screening aid that encodes the Trafficking in Persons Protocol (2000) art. 3 and the Smuggling of Migrants Protocol (2000) art. 3 and 6; it is not a legal determination. National law may differ. The people and places in the cases are invented; any resemblance to real persons is coincidental.
handout-cases-language = The reasoning and the provisions are in English.
