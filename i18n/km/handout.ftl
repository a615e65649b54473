## ខ្មែរ (Khmer): a DRAFT translation of the casebook handout's interface
## (headings, buttons, the names of the findings and of the elements, the
## structure of the answers), awaiting review by a Khmer legal translator.
## It was not written by one and must not be used as reviewed.
##
## The provisions stay quoted in English, their authentic language for these
## instruments (the UN Protocols' authentic texts do not include Khmer), until
## an official Khmer text is supplied. The cases, the reasoning and the
## teaching points stay in English; a case is told in Khmer where its
## scenario file carries a `km` translation. Messages missing here are said in English.

handout-title = ការជួញដូរមនុស្ស ការរត់ពន្ធជនចំណាកស្រុក ឬរឿងផ្សេង?
handout-subtitle = ករណីសិក្សាសម្រាប់នគរបាល ព្រះរាជអាជ្ញា និងចៅក្រម
handout-subtitle-questions = ករណីសម្រាប់ពិភាក្សា៖ ចម្លើយនឹងចែកជូនដាច់ដោយឡែក
handout-subtitle-key = តារាងចម្លើយ
handout-intro = ករណីនីមួយៗផ្តល់ការពិតដូចដែលគ្រូបង្គោលអានឮៗ។ សម្រេចថាការរកឃើញមួយណាមកមុន រួចអានចម្លើយ៖ ធាតុផ្សំនីមួយៗ ជាមួយបទប្បញ្ញត្តិនៅពីក្រោយជំហាននីមួយៗ។ ការរកឃើញច្រើនអាចកើតមានក្នុងពេលតែមួយ (មនុស្សដែលត្រូវបានរត់ពន្ធ ក៏អាចត្រូវបានជួញដូរផងដែរ)៖ ចម្លើយគឺជាការរកឃើញដែលមកមុនគេតាមលំដាប់នេះ។
handout-intro-questions = ករណីនីមួយៗផ្តល់ការពិតដូចដែលគ្រូបង្គោលអានឮៗ។ សម្រេចថាការរកឃើញមួយណាមកមុន ហើយប្រាប់ថាការពិតណាខ្លះជាសកម្មភាព មធ្យោបាយ និងគោលបំណង។ ចម្លើយគឺជាការរកឃើញដែលមកមុនគេតាមលំដាប់នេះ។
handout-options-intro = ជម្រើស តាមលំដាប់៖
handout-definition-intro = និយមន័យ (ពិធីសារស្តីពីការជួញដូរមនុស្ស ឆ្នាំ ២០០០) ដកស្រង់ជាភាសាអង់គ្លេស៖
handout-contents = មាតិកា

handout-option-trafficking = ការជួញដូរមនុស្ស
handout-option-possible-trafficking = អាចជាការជួញដូរមនុស្ស
handout-option-smuggling = ការរត់ពន្ធជនចំណាកស្រុក
handout-option-unsafe-migration = ការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាព
handout-option-irregular-migration = ការធ្វើចំណាកស្រុកមិនទៀងទាត់
handout-option-no-finding = មិនមែនទាំងនេះទេ
handout-meaning-trafficking = ធាតុផ្សំទាំងអស់ដែលនិយមន័យតម្រូវ ត្រូវបានបញ្ជាក់៖ សកម្មភាព មធ្យោបាយ និងគោលបំណងកេងប្រវ័ញ្ច។ ចំពោះកុមារ៖ សកម្មភាព និងគោលបំណង (ពិធីសារស្តីពីការជួញដូរមនុស្ស មាត្រា ៣)។
handout-meaning-possible-trafficking = ធាតុផ្សំនីមួយៗយ៉ាងហោចណាស់ត្រូវបានសង្ស័យ ប៉ុន្តែមិនទាន់បញ្ជាក់ទាំងអស់៖ មានមូលដ្ឋានសមហេតុផលដើម្បីការពារបុគ្គលនោះ និងស៊ើបអង្កេត។
handout-meaning-smuggling = មាននរណាម្នាក់ធ្វើឱ្យបុគ្គលនោះចូលប្រទេសដោយខុសច្បាប់ (ឬស្នាក់នៅដោយខុសច្បាប់) ដើម្បីផលប្រយោជន៍ហិរញ្ញវត្ថុ ឬផលប្រយោជន៍សម្ភារៈផ្សេងទៀត (ពិធីសារស្តីពីការរត់ពន្ធជនចំណាកស្រុក មាត្រា ៣(ក) និង ៦)។
handout-meaning-unsafe-migration = ការធ្វើចំណាកស្រុកដែលមានកត្តាហានិភ័យត្រូវបានបញ្ជាក់៖ មេខ្យល់គ្មានអាជ្ញាប័ណ្ណ បំណុល គ្មានកិច្ចសន្យា ឯកសារត្រូវអ្នកដទៃកាន់។ ជាប្រភេទហានិភ័យ មិនមែនជាការរកឃើញផ្លូវច្បាប់ទេ។
handout-meaning-irregular-migration = បុគ្គលនោះបានឆ្លងព្រំដែន ហើយចូល ឬស្នាក់នៅក្រៅច្បាប់របស់រដ្ឋ។
handout-meaning-no-finding = គ្មានការរកឃើញណាមួយខាងលើ តាមការពិតដែលបានផ្តល់។

handout-part-definition = និយមន័យ៖ សកម្មភាព មធ្យោបាយ និងគោលបំណង
handout-part-exploitation = ទម្រង់នៃការកេងប្រវ័ញ្ច
handout-part-children = កុមារ និងបុគ្គលដែលមិនច្បាស់អាយុ
handout-part-consent = ការយល់ព្រម
handout-part-smuggling = ការរត់ពន្ធ ឬការជួញដូរ?
handout-part-migration = ការធ្វើចំណាកស្រុកដែលមិនមែនជាការជួញដូរ ឬការរត់ពន្ធ
handout-part-protection = ការការពារបុគ្គល
handout-part-indicators = ពីអ្វីដែលអ្នកត្រួតពិនិត្យឃើញ៖ សូចនាករ ILO/EC

handout-case = ករណីទី { $number }. { $title }
handout-default-question = ការជួញដូរមនុស្ស ការរត់ពន្ធជនចំណាកស្រុក ឬរឿងផ្សេង?
handout-told = ករណីចំនួន { $count } ក្នុងចំណោម { $total } ត្រូវបានសរសេរជាភាសានេះ ករណីផ្សេងទៀតជាភាសាអង់គ្លេស។
handout-question = សំណួរ។
handout-options = ជម្រើស៖ { $options }។
handout-answer = ចម្លើយ៖ { $answer }។
handout-also = ក៏រកឃើញផងដែរ៖ { $also }។
handout-teaching-point = ចំណុចបង្រៀន។
handout-common-mistake = កំហុសដែលគេច្រើនធ្វើ។
handout-elements = ធាតុផ្សំនីមួយៗ
handout-person = បុគ្គល៖ { $person } ({ $basis })។
handout-person-child = កុមារ អាយុក្រោម ១៨ ឆ្នាំ
handout-person-presumed-child = សន្មតថាជាកុមារ រហូតដល់អាយុត្រូវបានផ្ទៀងផ្ទាត់
handout-person-adult = មនុស្សពេញវ័យ
handout-person-unknown = មិនដឹងអាយុ ចាត់ទុកជាមនុស្សពេញវ័យ
handout-element = ធាតុផ្សំ
handout-element-status = ការរកឃើញ
handout-element-facts = ការពិត
handout-act = សកម្មភាព
handout-means = មធ្យោបាយ
handout-purpose = គោលបំណង
handout-established = បានបញ្ជាក់
handout-suspected = សង្ស័យ
handout-not-established = មិនបានបញ្ជាក់
handout-not-required = មិនតម្រូវ
handout-facts-not-required = មិនចាំបាច់៖ បុគ្គលនោះជាកុមារ ឬត្រូវបានសន្មតថាជាកុមារ (មាត្រា ៣(គ))។
handout-facts-none = គ្មានអ្វីបញ្ជាក់ទេ។
handout-finding-trafficking = ការជួញដូរមនុស្ស
handout-finding-smuggling = ការរត់ពន្ធជនចំណាកស្រុក
handout-finding-irregular = ការធ្វើចំណាកស្រុកមិនទៀងទាត់
handout-finding-unsafe = ការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាព (ប្រភេទហានិភ័យ មិនមែនជាការរកឃើញផ្លូវច្បាប់)
handout-finding-level = { $finding }៖ { $level }។
handout-aggravated = { $level } មានស្ថានទម្ងន់ទោស
handout-attempted = ការឆ្លងព្រំដែនត្រូវបានរៀបចំ ប៉ុន្តែមិនបានកើតឡើង
handout-caseworker = សម្រាប់អ្នកធ្វើការលើករណី
handout-steps = មួយជំហានម្តងៗ
handout-palermo-rule = វិធានត្រួតពិនិត្យរបស់ palermo
handout-own-rule = វិធានត្រួតពិនិត្យរបស់ palermo ផ្ទាល់ មិនមែនជាអត្ថបទច្បាប់ទេ
handout-wording = ពាក្យពេចន៍៖ { $wording }។
handout-missing = អ្វីដែលខ្វះ និងសំណួរដែលនឹងដោះស្រាយវា
handout-question-label = សំណួរ៖
handout-other-questions = សំណួរផ្សេងទៀត
handout-provisions = បទប្បញ្ញត្តិពាក់ព័ន្ធ
handout-themes = ប្រធានបទ៖ { $themes }

handout-key-case = ករណី
handout-key-answer = ចម្លើយ
handout-key-also = ក៏រកឃើញផងដែរ
handout-key-provisions = បទប្បញ្ញត្តិ

handout-show-answer = បង្ហាញចម្លើយ
handout-open-all = បើកចម្លើយទាំងអស់
handout-close-all = បិទចម្លើយទាំងអស់
handout-your-answer = ចម្លើយរបស់អ្នកសម្រាប់ករណីទី { $number }
handout-noscript = ស្គ្រីបត្រូវបានបិទ៖ ទំព័រនេះមិនអាចបង្ហាញចម្លើយបានទេ។ សូមសុំតារាងចម្លើយពីគ្រូបង្គោល។
handout-right = ត្រឹមត្រូវ៖ { $answer }។ សូមពិនិត្យហេតុផលខាងក្រោម។
handout-partly = ត្រឹមត្រូវមួយផ្នែក៖ { $chosen } ក៏រកឃើញនៅទីនេះដែរ ប៉ុន្តែការរកឃើញដែលមកមុនគឺ { $answer }។ សូមមើលហេតុផលខាងក្រោម។
handout-wrong = មិនទាន់ត្រឹមត្រូវ៖ អ្នកបានជ្រើស { $chosen }។ ចម្លើយគឺ { $answer }។ សូមមើលហេតុផលខាងក្រោម។
handout-disclaimer = ឯកសារបណ្តុះបណ្តាល។ ចម្លើយមកពី palermo ដែលជាឧបករណ៍ជំនួយក្នុងការត្រួតពិនិត្យ មិនមែនជាការសម្រេចផ្លូវច្បាប់ទេ។ ច្បាប់ជាតិអាចខុសគ្នា។ មនុស្ស និងទីកន្លែងក្នុងករណីទាំងនេះ គឺប្រឌិតឡើង។
handout-cases-language = ហេតុផល និងបទប្បញ្ញត្តិ នៅតែជាភាសាអង់គ្លេស (The reasoning and the provisions are in English.)
