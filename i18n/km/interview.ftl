## ខ្មែរ (Khmer): a DRAFT translation of `palermo interview` (the questions
## that settle several facts at once, why each question is asked, the
## running verdict and the prompts), awaiting review by a Khmer legal
## translator. It was not written by one and must not be used as reviewed.
## A question about one fact is that fact's `.ask` (facts.ftl). The answers
## the interview reads stay as they are (yes, no, suspected, skip, back, why,
## done, PATH=ANSWER), and each also in the Khmer word of its own
## (interview-word-*), which the help names.
## Messages missing here are said in English. In the order of
## i18n/en/interview.ftl.

interview-acts = តើបុគ្គលនោះបានមកដល់ទីកន្លែងដែលគេនៅ ដោយរបៀបណា៖ តើគេត្រូវបានជ្រើសរើស ដឹកជញ្ជូន ប្រគល់ពីម្នាក់ទៅម្នាក់ទៀត ផ្តល់ទីស្នាក់នៅ ឬឃុំទុកនៅកន្លែងណាមួយ ឬត្រូវបានទទួលនៅពេលមកដល់ឬទេ?
interview-means = តើបុគ្គលនោះត្រូវបានធ្វើឱ្យទៅតាម ដោយរបៀបណា៖ តើគេត្រូវបានគំរាមកំហែង ធ្វើបាប បង្ខំ នាំយកទៅ បោកប្រាស់ ឬកុហកឬទេ? តើមាននរណាម្នាក់បានប្រើអំណាចរបស់ខ្លួនលើគេ ឬស្ថានភាពលំបាករបស់គេឬទេ? ឬតើមាននរណាម្នាក់បានទទួលប្រាក់ ដើម្បីប្រគល់គេឬទេ?
interview-purposes = តើបុគ្គលនោះត្រូវបានធ្វើឱ្យធ្វើអ្វី ឬគ្រោងឱ្យធ្វើអ្វី៖ ការលក់ផ្លូវភេទឱ្យអ្នកដទៃ ការងារ ឬសេវាកម្មដោយបង្ខំ ទាសភាព ឬភាពជាខ្ញុំបម្រើ ពលកម្មជាប់បំណុល ការផ្តល់សរីរាង្គ អាពាហ៍ពិពាហ៍ដោយបង្ខំ ការសុំកូនចិញ្ចឹម ការសុំទាន ឬបទល្មើស?
interview-risks = តើមានហានិភ័យអ្វីខ្លះ ក្នុងការធ្វើដំណើរ ឬនៅកន្លែងធ្វើការ៖ អ្នកជ្រើសរើសគ្មានអាជ្ញាប័ណ្ណ ថ្លៃសេវា ឬបំណុល គ្មានកិច្ចសន្យាជាលាយលក្ខណ៍អក្សរ គ្មានឯកសារផ្ទាល់ខ្លួន ឯកសារត្រូវអ្នកដទៃកាន់ ផ្លូវធ្វើដំណើរគ្រោះថ្នាក់ គ្មានព័ត៌មានអំពីការងារ ឬទីកន្លែង ប្រាក់ឈ្នួល ម៉ោងធ្វើការ ឬសុវត្ថិភាពមិនត្រូវបានគោរព?
interview-acts-short = តើបុគ្គលនោះបានមកដល់ទីកន្លែងដែលគេនៅ ដោយរបៀបណា?
interview-means-short = តើបុគ្គលនោះត្រូវបានធ្វើឱ្យទៅតាម ដោយរបៀបណា?
interview-purposes-short = តើបុគ្គលនោះត្រូវបានធ្វើឱ្យធ្វើអ្វី ឬគ្រោងឱ្យធ្វើអ្វី?
interview-risks-short = តើមានហានិភ័យអ្វីខ្លះ ក្នុងការធ្វើដំណើរ ឬនៅកន្លែងធ្វើការ?
interview-age = តើបុគ្គលនោះមានអាយុប៉ុន្មាន? (ជាលេខ ឬជាចន្លោះ ដូចជា 15-17 ប្រសិនបើមិនដឹងច្បាស់)

interview-why-age = អាយុសម្រេចថា តើត្រូវបង្ហាញពីរបៀបដែលបុគ្គលនោះត្រូវបានគ្រប់គ្រងឬទេ៖ ចំពោះកុមារ មិនចាំបាច់ទេ។
interview-why-trafficking = ប្រសិនបើមែន នេះអាចជាការជួញដូរមនុស្ស។
interview-why-possible_trafficking = ប្រសិនបើមែន នេះអាចជាការជួញដូរមនុស្ស។
interview-why-smuggling = ប្រសិនបើមែន នេះអាចជាការរត់ពន្ធជនចំណាកស្រុក។
interview-why-unsafe_migration = ប្រសិនបើមែន ការធ្វើចំណាកស្រុករបស់បុគ្គលនោះ អាចគ្មានសុវត្ថិភាព។
interview-why-irregular_migration = ប្រសិនបើមែន បុគ្គលនោះអាចបានចូល ឬស្នាក់នៅដោយគ្មានការអនុញ្ញាត។
interview-why-no_finding = ចម្លើយនេះអាចផ្លាស់ប្តូរលទ្ធផល។
interview-why-offences = ប្រសិនបើបុគ្គលនោះត្រូវបានបង្ខំឱ្យប្រព្រឹត្តបទល្មើស ដោយសារតែត្រូវបានគេជួញដូរ រឿងនេះគួរតែពិចារណា មុនការចោទប្រកាន់ណាមួយ (ការមិនដាក់ទោស)។
interview-why-asylum = បុគ្គលដែលខ្លាចការបញ្ជូនត្រឡប់ទៅវិញ ត្រូវបានបញ្ជូនទៅសុំសិទ្ធិជ្រកកោន ទោះលទ្ធផលយ៉ាងណាក៏ដោយ (គោលការណ៍មិនបញ្ជូនត្រឡប់)។
interview-why-aggravation = ប្រសិនបើមែន ការរត់ពន្ធនេះមានស្ថានទម្ងន់ទោស៖ ជីវិត ឬសុវត្ថិភាពរបស់បុគ្គលនោះត្រូវបានដាក់ក្នុងគ្រោះថ្នាក់ ឬពួកគេត្រូវបានប្រព្រឹត្តដោយអមនុស្សធម៌ ឬបន្ថោកកិត្តិយស។

interview-verdict = រហូតមកដល់ពេលនេះ៖ { $verdict }។
interview-missing = នៅសល់ត្រូវសួរ៖ យ៉ាងច្រើន { $count } សំណួរទៀត។
interview-done = គ្មានចម្លើយណាដែលនៅសល់ អាចផ្លាស់ប្តូរលទ្ធផលបានទៀតទេ។
interview-done-open = គ្មានសំណួរនៅសល់ត្រូវសួរទៀតទេ។ ចម្លើយដែលមិនទាន់បានឆ្លើយ អាចផ្លាស់ប្តូរលទ្ធផល៖ palermo explain
interview-presumed = សន្មតថាជាកុមារ រហូតដល់អាយុត្រូវបានផ្ទៀងផ្ទាត់។
interview-again = មានផ្សេងទៀតទេ ក្រៅពីអ្វីដែលបានឆ្លើយរួច? លេខនីមួយៗនៅតែដដែល។
interview-help = ឆ្លើយ មែន (yes), ទេ (no), មិនប្រាកដ (not sure ពោលគឺសង្ស័យ), រំលង (skip), ថយក្រោយ (back), ហេតុអ្វី (why) ឬ ចប់ (done)។ ចំពោះបញ្ជីដែលមានលេខ៖ វាយលេខដែលត្រូវ (?2 ប្រសិនបើមិនប្រាកដ) ឬ ទេ (no)។
interview-help-age = ឆ្លើយជាអាយុគិតជាឆ្នាំ (ជាលេខ) ឬជាចន្លោះ ដូចជា 15-17 ប្រសិនបើមិនដឹងច្បាស់ (18+ សម្រាប់ 18 ឆ្នាំឡើងទៅ); ឬ រំលង (skip), ថយក្រោយ (back), ហេតុអ្វី (why) ឬ ចប់ (done)។
interview-help-regularity = ឆ្លើយ មែន (yes គឺដោយគ្មានការអនុញ្ញាត) ឬ ទេ (no គឺដោយមានការអនុញ្ញាត); ឬ រំលង (skip), ថយក្រោយ (back), ហេតុអ្វី (why) ឬ ចប់ (done)។
interview-help-grouped = វាយលេខដែលត្រូវ (?2 ប្រសិនបើមិនប្រាកដ) ឬ ទេ (no); ឬ រំលង (skip), ថយក្រោយ (back), ហេតុអ្វី (why) ឬ ចប់ (done)។
interview-help-relationship = ឆ្លើយ ended (បានបញ្ចប់) ឬ continued (នៅបន្ត); ឬ រំលង (skip), ថយក្រោយ (back), ហេតុអ្វី (why) ឬ ចប់ (done)។
interview-why-family = ប្រសិនបើមែន នេះប្រហែលជាមិនមែនជាការរត់ពន្ធជនចំណាកស្រុកទេ៖ ជំនួយពីក្រុមគ្រួសារ ឬដោយហេតុផលមនុស្សធម៌ ដោយគ្មានផលប្រយោជន៍ មិនមែនជាការរត់ពន្ធទេ។
interview-why-national = ប្រសិនបើមែន នេះប្រហែលជាមិនមែនជាការរត់ពន្ធជនចំណាកស្រុកទេ៖ គ្មាននរណាម្នាក់ត្រូវបានរត់ពន្ធចូលប្រទេសរបស់ខ្លួនឯងទេ។
interview-unfit-answer = មិនមែនជាចម្លើយចំពោះសំណួរនេះទេ
interview-unfit-grouped = មិនមែនជាចម្លើយចំពោះសំណួរនេះទេ
interview-unfit-pairs = រំពឹងថាជាគូ PATH=ANSWER ដែលបំបែកដោយដកឃ្លា
interview-unfit-path = PATH ដែលមិនមែនជាការពិតនៃកិច្ចសន្យាទិន្នន័យ
interview-unfit-not-asked = PATH ដែលសំណួរនេះមិនបានសួរ
interview-unfit-fact = ចម្លើយដែលមិនត្រូវនឹងការពិតរបស់វា
interview-unfit-line = { $unfit }។ { $help }
interview-saved = បានរក្សាទុកក្នុង { $file }។ អានហេតុផល៖ palermo explain { $file }
interview-cannot-save = មិនអាចរក្សាទុកករណីក្នុង { $file } បានទេ។
interview-not-saved = មិនអាចរក្សាទុកករណីក្នុង { $file } បានទេ។ ករណីត្រូវបានសរសេរខាងក្រោម។
interview-unfinished = ការបញ្ចូលបានបញ្ចប់ មុនពេលសម្ភាសន៍ចប់។ ករណីមានតែចម្លើយដែលបានផ្តល់រួចប៉ុណ្ណោះ៖ សំណួរដែលមិនទាន់បានសួរ នៅតែគ្មានចម្លើយក្នុងករណីនោះ។

## The answers the interview reads, as a person types them in Khmer.

interview-word-yes = មែន
interview-word-no = ទេ
interview-word-not-sure = មិនប្រាកដ
interview-word-skip = រំលង
interview-word-back = ថយក្រោយ
interview-word-why = ហេតុអ្វី
interview-word-done = ចប់
