## ខ្មែរ (Khmer): a DRAFT translation of `palermo explain` (the headings,
## the names of the findings, of the elements and of their statuses, the
## structure of the answers), awaiting review by a Khmer legal translator.
## It was not written by one and must not be used as reviewed.
##
## The provisions stay quoted in English, their authentic language, until an
## official Khmer text is supplied; the reasons of each step stay in English.
## Messages missing here are said in English. In the order of
## i18n/en/explain.ftl.

explain-verdict = លទ្ធផល៖ { $verdict }
explain-also = ក៏រកឃើញផងដែរ៖ { $also }។
explain-case = ករណី៖ { $id }
explain-person-label = បុគ្គល៖
explain-person = { $status } ({ $basis })។
explain-profile = យុត្តាធិការ៖ { $profile } ({ $title })។
explain-provenance = ប្រភព៖ { $provenance }
explain-glance = សេចក្តីសង្ខេប៖
explain-glance-finding = { $heading }៖ { $level }។
explain-row-act = សកម្មភាព
explain-row-means = មធ្យោបាយ
explain-row-purpose = គោលបំណង
explain-row-missing = ខ្វះ
explain-row-facts = { $status }៖ { $facts }
explain-glance-smuggling = ការរត់ពន្ធជនចំណាកស្រុក៖ { $level }។
explain-glance-smuggling-aggravated = ការរត់ពន្ធជនចំណាកស្រុក៖ { $level } មានស្ថានទម្ងន់ទោស។
explain-glance-smuggling-attempted = ការឆ្លងព្រំដែនត្រូវបានរៀបចំ ប៉ុន្តែមិនបានកើតឡើង
explain-glance-irregular = ការធ្វើចំណាកស្រុកមិនទៀងទាត់៖ { $level }។
explain-glance-unsafe = ការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាព៖ { $level }។ (ជាប្រភេទហានិភ័យ មិនមែនជាការរកឃើញផ្លូវច្បាប់ទេ។)
explain-caseworker = សម្រាប់អ្នកធ្វើការលើករណី៖
explain-warnings = ការព្រមាន៖
explain-steps = មួយជំហានម្តងៗ៖
explain-step = { $topic }។ { $citation } [{ $rule }]
explain-step-plain = { $topic }។ { $citation }
explain-palermo-rule = វិធានត្រួតពិនិត្យរបស់ palermo
explain-nothing-missing = គ្មានអ្វីខ្វះទេ៖ ធាតុផ្សំនៃការជួញដូរមនុស្សដែលតម្រូវទាំងអស់ ត្រូវបានបញ្ជាក់។
explain-missing = អ្វីដែលខ្វះសម្រាប់ការជួញដូរមនុស្ស និងសំណួរដែលនឹងដោះស្រាយវា៖
explain-question-label = សំណួរ៖
explain-no-single-answer = គ្មានការពិតណាមួយដែលមិនទាន់មានចម្លើយ អាចផ្លាស់ប្តូរលទ្ធផលតែឯងបានទេ។
explain-ask = សូមសួរ៖
explain-other-questions = សំណួរផ្សេងទៀត៖
explain-no-questions = សំណួរបន្ទាប់៖ គ្មាន។ គ្មានការពិតណាមួយដែលមិនទាន់មានចម្លើយ អាចផ្លាស់ប្តូរលទ្ធផលបានទេ។
explain-ask-line = { $question } [{ $fact }]
explain-ask-line-plain = { $question }
explain-unknown-question = តើចម្លើយសម្រាប់ { $fact } ជាអ្វី?
disclaimer = នេះជាឧបករណ៍ជំនួយក្នុងការត្រួតពិនិត្យ មិនមែនជាការសម្រេចផ្លូវច្បាប់ទេ។ ការរកឃើញអាស្រ័យលើការពិតដូចដែលបានកត់ត្រា៖ អាជ្ញាធរមានសមត្ថកិច្ចជាអ្នកសម្រេច។

## Who the person is

person-child = កុមារ អាយុក្រោម ១៨ ឆ្នាំ
person-presumed = សន្មតថាជាកុមារ រហូតដល់អាយុត្រូវបានផ្ទៀងផ្ទាត់
person-adult = មនុស្សពេញវ័យ
person-unknown = មិនដឹងអាយុ ចាត់ទុកជាមនុស្សពេញវ័យ ដូច្នេះត្រូវការមធ្យោបាយ

## Statuses

status-established = បានបញ្ជាក់
status-suspected = សង្ស័យ ប៉ុន្តែមិនទាន់បញ្ជាក់
status-not_established = មិនបានបញ្ជាក់
status-not_required = មិនតម្រូវ

## The topics of the steps

topic-age = អាយុ
topic-indicators = សូចនាករ ILO/EC
topic-act = សកម្មភាព
topic-means = មធ្យោបាយ
topic-purpose = គោលបំណង
topic-consent = ការយល់ព្រម
topic-finding = ការរកឃើញលើការជួញដូរមនុស្ស
topic-borders = ព្រំដែន
topic-asylum = សិទ្ធិស្វែងរកការជ្រកកោន
topic-smuggling = ការរត់ពន្ធជនចំណាកស្រុក
topic-after-arrival = ក្រោយពេលមកដល់
topic-aggravation = ស្ថានទម្ងន់ទោស
topic-irregular-migration = ការធ្វើចំណាកស្រុកមិនទៀងទាត់
topic-unsafe-migration = ការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាព
topic-protection = ការមិនដាក់ទោស
topic-verdict = លទ្ធផល
topic-input = ទិន្នន័យបញ្ចូល
topic-other = ក៏បានពិចារណាផងដែរ

## How far a quoted provision can be relied on

wording-verbatim = ដកស្រង់ពាក្យដដែលពីប្រភព
wording-corroborated = ពីច្បាប់ចម្លងបន្ទាប់បន្សំ៖ សូមពិនិត្យអត្ថបទផ្លូវការ
wording-unverified = ពាក្យពេចន៍មិនទាន់បានផ្ទៀងផ្ទាត់ សរសេរតាមការចងចាំ៖ សូមពិនិត្យអត្ថបទផ្លូវការ
wording-contract = វិធានប្រតិបត្តិរបស់ palermo មិនមែនជាអត្ថបទច្បាប់ទេ
wording-translation = ដកស្រង់ពាក្យដដែលពីការបកប្រែក្រៅផ្លូវការ៖ អត្ថបទដើមជាភាសាផ្សេង

## The elements in plain words

explain-acts = បុគ្គលនោះត្រូវបានគេ{ $acts }។
explain-acts-suspected = សង្ស័យ ប៉ុន្តែមិនទាន់បញ្ជាក់ថា បុគ្គលនោះត្រូវបានគេ{ $acts }។
explain-means-suspected = សង្ស័យ ប៉ុន្តែមិនទាន់បញ្ជាក់ថា { $clauses }។
explain-purposes = គោលបំណងគឺ{ $purposes }។
explain-purposes-suspected = សង្ស័យ ប៉ុន្តែមិនទាន់បញ្ជាក់ថា គោលបំណងគឺ{ $purposes }។
explain-element-established = បានបញ្ជាក់។ { $facts }
explain-sentence = { $sentence }។
explain-element-not-required = មិនតម្រូវ៖ បុគ្គលនោះជាកុមារ ឬត្រូវបានសន្មតថាជាកុមារ។
explain-element-not = មិនបានបញ្ជាក់។
explain-gap = { $element }៖ { $status }។
explain-gap-facts = { $element }៖ { $status }ថា { $facts }។
explain-gap-acts = បុគ្គលនោះត្រូវបានគេ{ $acts }
explain-gap-purposes = គោលបំណងគឺ{ $purposes }
explain-any-of-these = { $clauses } (ណាមួយក្នុងចំណោមទាំងនេះ)
explain-gap-note-provisional = គោលបំណងដូចដែលបានកត់ត្រា រាប់បានតែលើលក្ខខណ្ឌដែលកំណត់ត្រាមិនបានបង្ហាញប៉ុណ្ណោះ (សូមមើលជំហានខាងលើ)៖ អ្វីដែលនឹងដោះស្រាយបញ្ហានេះ គឺភស្តុតាងនៃលក្ខខណ្ឌទាំងនោះ ឬនៃការកេងប្រវ័ញ្ចដែលមានបំណង។
explain-gap-note = ការសង្ស័យមិនទាន់ជាភស្តុតាងទេ។ តើភស្តុតាងអ្វីនឹងបញ្ជាក់ថា { $clause }៖ សេចក្តីថ្លែងការណ៍ សាក្សី ឯកសារ ឬសារ?
element-question-act = តើមាននរណាម្នាក់បានជ្រើសរើស ដឹកជញ្ជូន ផ្ទេរ លាក់ទុក ឬទទួលបុគ្គលនោះឬទេ?
element-question-means = តើវាត្រូវបានធ្វើឡើងដោយរបៀបណា? តើបុគ្គលនោះត្រូវបានគេគំរាមកំហែង ប្រើកម្លាំង បង្ខិតបង្ខំ ចាប់ពង្រត់ ក្លែងបន្លំ ឬបោកបញ្ឆោតឬទេ? តើមានការរំលោភអំណាច ឬរំលោភលើភាពងាយរងគ្រោះរបស់បុគ្គលនោះឬទេ? ឬតើមាននរណាម្នាក់ដែលមានអំណាចលើបុគ្គលនោះ បានទទួលប្រាក់ឬទេ?
# Draft lines for the us and cambodia profiles' element questions, composed from this catalogue's fact names: to be reviewed by a native speaker.
element-question-act-us = តើមាននរណាម្នាក់បានជ្រើសរើស លាក់ទុក ដឹកជញ្ជូន ផ្គត់ផ្គង់ ឬទទួលយកបុគ្គលនោះឬទេ? ឬសម្រាប់ការរួមភេទពាណិជ្ជកម្ម តើមានការទិញសេវាផ្លូវភេទ ឬការសុំសេវាផ្លូវភេទឬទេ?
element-question-means-us = តើវាត្រូវបានធ្វើឡើងដោយរបៀបណា? តើមានការប្រើកម្លាំង ការក្លែងបន្លំ ឬការបង្ខិតបង្ខំឬទេ៖ ការគំរាមកំហែង ការចាប់ពង្រត់ ការបោកបញ្ឆោត ឬការរំលោភនីតិវិធីច្បាប់?
element-question-purpose-us = តើវាធ្វើឡើងក្នុងគោលបំណងអ្វី? តើគោលដៅគឺការរួមភេទពាណិជ្ជកម្ម ឬពលកម្ម ឬសេវាកម្មតាមរយៈភាពជាខ្ញុំបម្រើ ពលកម្មសងបំណុល ពលកម្មជាប់បំណុល ឬទាសភាពឬទេ?
element-question-act-cambodia = តើមាននរណាម្នាក់បានជ្រើសរើស ដឹកជញ្ជូន ផ្ទេរ លាក់ទុក ឬទទួលបុគ្គលនោះ យកបុគ្គលនោះចេញពីការថែរក្សា ឬលក់ ទិញ ឬដោះដូរបុគ្គលនោះឬទេ?
element-question-means-cambodia = តើវាត្រូវបានធ្វើឡើងដោយរបៀបណា? តើមានការប្រើកម្លាំង ការគំរាមកំហែង ការបោកបញ្ឆោត ការល្បួង ឬការរំលោភអំណាចឬទេ?
element-question-purpose-cambodia = តើវាធ្វើឡើងក្នុងគោលបំណងអ្វី? តើគោលដៅគឺការរកប្រាក់ចំណេញ ការរំលោភផ្លូវភេទ ការផលិតរូបភាពអាសអាភាស អាពាហ៍ពិពាហ៍ដោយបង្ខំ ការសុំកូនចិញ្ចឹម ឬការកេងប្រវ័ញ្ចបុគ្គលនោះឬទេ៖ ពេស្យាចាររបស់អ្នកដទៃ ការរួមភេទពាណិជ្ជកម្ម ពលកម្មដោយបង្ខំ ទាសភាព ពលកម្មជាប់បំណុល ភាពជាខ្ញុំបម្រើ ពលកម្មកុមារ ឬការដកយកសរីរាង្គ?
element-question-purpose = តើវាធ្វើឡើងក្នុងគោលបំណងអ្វី? តើគោលដៅគឺដើម្បីកេងប្រវ័ញ្ចបុគ្គលនោះឬទេ៖ ការកេងប្រវ័ញ្ចពីពេស្យាចាររបស់អ្នកដទៃ ឬការកេងប្រវ័ញ្ចផ្លូវភេទផ្សេងទៀត ពលកម្ម ឬសេវាកម្មដោយបង្ខំ ទាសភាព ឬទម្លាប់ស្រដៀងនឹងទាសភាព ភាពជាខ្ញុំបម្រើ ឬការដកយកសរីរាង្គ?
why-establishes-any = ប្រសិនបើចម្លើយចំពោះសំណួរណាមួយក្នុងចំណោមទាំងនេះគឺ «មែន» { $what } ត្រូវបានបញ្ជាក់ ហើយលទ្ធផលក្លាយជា { $verdict }។
why-yes-any = ប្រសិនបើចម្លើយចំពោះសំណួរណាមួយក្នុងចំណោមទាំងនេះគឺ «មែន» លទ្ធផលក្លាយជា { $verdict }។
short-trafficking = ការជួញដូរមនុស្ស
short-possible_trafficking = អាចជាការជួញដូរមនុស្ស
short-smuggling = ការរត់ពន្ធជនចំណាកស្រុក
short-unsafe_migration = ការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាព
short-irregular_migration = ការធ្វើចំណាកស្រុកមិនទៀងទាត់
short-no_finding = គ្មានការរកឃើញ

## What a flag asks the caseworker to do

flag-presumed_child = សន្មតថាជាកុមារ៖ សូមផ្តល់ការការពារដែលកុមារត្រូវទទួល រហូតដល់អាយុត្រូវបានផ្ទៀងផ្ទាត់។
flag-internal_trafficking = ការជួញដូរក្នុងប្រទេស៖ គ្មានការឆ្លងព្រំដែនទេ ហើយក៏មិនតម្រូវឱ្យមានដែរ។
flag-asylum_referral = សិទ្ធិស្វែងរកការជ្រកកោន៖ សូមបញ្ជូនពាក្យសុំនេះបន្ត។ គោលការណ៍មិនបញ្ជូនត្រឡប់ (non-refoulement) ត្រូវអនុវត្ត មិនថាការរកឃើញយ៉ាងណាក៏ដោយ។
flag-non_punishment = ការមិនដាក់ទោស៖ មុនការចោទប្រកាន់ណាមួយ សូមពិចារណាថាតើបុគ្គលនោះត្រូវបានបង្ខំឱ្យប្រព្រឹត្តបទល្មើស ដោយសារតែត្រូវបានគេជួញដូរឬទេ (សូមមើលហេតុផល អំពីអ្វីដែលលិខិតុបករណ៍នេះចែង)។
flag-aggravated_smuggling = ការរត់ពន្ធមានស្ថានទម្ងន់ទោស៖ អាយុជីវិត ឬសុវត្ថិភាពត្រូវបានដាក់ក្នុងគ្រោះថ្នាក់ ឬមានការប្រព្រឹត្តអមនុស្សធម៌ ឬបន្ថោកកិត្តិយស។
flag-purpose_by_interpretation = គោលបំណងនេះផ្អែកលើទម្រង់នៃការកេងប្រវ័ញ្ច ដែលត្រូវបានបកស្រាយថាស្ថិតក្នុងបញ្ជីរបស់ពិធីសារ។
    .other = គោលបំណងនេះផ្អែកលើទម្រង់នៃការកេងប្រវ័ញ្ច ដែលត្រូវបានបកស្រាយថាស្ថិតក្នុងទម្រង់មួយដែលលិខិតុបករណ៍នោះចែង។
flag-relationship_continued = អ្នកសម្របសម្រួលនៅតែគ្រប់គ្រងបុគ្គលនោះក្រោយពេលមកដល់៖ ជាសញ្ញានៃការជួញដូរ មិនមែននៃការរត់ពន្ធទេ។

## The ILO/EC indicators in an explanation

explain-ilo-carried = បង្ហាញដោយសូចនាករ ILO/EC៖
explain-ilo-stated = { $element }៖ បានបញ្ជាក់ដោយផ្ទាល់ សូចនាករមិនបន្ថែមអ្វីនៅកម្រិតនេះទេ។
explain-ilo-by = { $element }៖ { $by }៖ { $indicators }។
explain-ilo-by-stated = { $element }៖ { $by } និងបានបញ្ជាក់ដោយផ្ទាល់៖ { $indicators }។
explain-ilo-single = សូចនាករតែមួយៗ
explain-ilo-positive-dimensions = { $dimensions } (វិជ្ជមាន)
explain-ilo-heading = សូចនាករ ILO/EC (គោលនយោបាយ { $policy } កំណែ { $version }; បញ្ជី៖ { $list })៖
explain-ilo-heading-instead = សូចនាករ ILO/EC (គោលនយោបាយ { $policy } កំណែ { $version }; បញ្ជី៖ { $list } ជំនួសឱ្យ { $requested })៖
explain-ilo-dimension = { $dimension }៖ { $status }
explain-ilo-positive = វិជ្ជមាន ({ $clause })
explain-ilo-positive-if = វិជ្ជមាន ប្រសិនបើសូចនាករដែលសង្ស័យត្រូវបានបញ្ជាក់ ({ $clause })
explain-ilo-not-positive = មិនវិជ្ជមាន
explain-ilo-indicator = { $indicator } ({ $grade })៖ { $fact }
explain-ilo-not-graded = មិនបានដាក់កម្រិត
answer-yes = មែន
answer-no = ទេ
answer-suspected = សង្ស័យ
explain-ilo-verdict-agrees = លទ្ធផលតាម ILO/EC៖ { $label }។ វាស្របនឹងការរកឃើញតាមពិធីសារ។
explain-ilo-verdict-differs = លទ្ធផលតាម ILO/EC៖ { $label }។ វាខុសពីការរកឃើញតាមពិធីសារ។
explain-ilo-verdict-level-agrees = លទ្ធផលតាម ILO/EC៖ { $label } ({ $level })។ វាស្របនឹងការរកឃើញតាមពិធីសារ។
explain-ilo-verdict-level-differs = លទ្ធផលតាម ILO/EC៖ { $label } ({ $level })។ វាខុសពីការរកឃើញតាមពិធីសារ។
explain-ilo-note = កំណត់សម្គាល់៖ { $note }
