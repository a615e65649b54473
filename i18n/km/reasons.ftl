## ខ្មែរ (Khmer): a DRAFT translation of the words of the reasons that
## `palermo explain` and `palermo interview` show in the interface (the
## person's age basis, the names of the verdicts and of the elements, what
## an answer would change, the words that join a list), awaiting review by a
## Khmer legal translator. It was not written by one and must not be used as
## reviewed. The reasons themselves stay in English. Messages missing here
## are said in English. In the order of i18n/en/reasons.ftl.

age-span = ពី { $min } ដល់ { $max } ឆ្នាំ
age-span-over = { $min } ឆ្នាំឡើងទៅ
age-span-under = មិនលើសពី { $max } ឆ្នាំ
basis-stated = អាយុដែលបានប្រាប់ { $age } ឆ្នាំ
basis-estimated = អាយុប៉ាន់ស្មាន { $span }
basis-signs = មានសញ្ញានៃភាពជាកុមារ មិនដឹងអាយុ
basis-unknown = មិនបានប្រាប់អាយុ

## The finding on trafficking

element-act = សកម្មភាព
element-means = មធ្យោបាយ
element-purpose = គោលបំណង

## Protection, and the verdict

verdict-trafficking = ការជួញដូរមនុស្ស
verdict-possible_trafficking = អាចជាការជួញដូរមនុស្ស (សង្ស័យ ប៉ុន្តែមិនទាន់បញ្ជាក់)
verdict-smuggling = ការរត់ពន្ធជនចំណាកស្រុក
verdict-unsafe_migration = ការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាព (ជាប្រភេទហានិភ័យ មិនមែនជាការរកឃើញផ្លូវច្បាប់ទេ)
verdict-irregular_migration = ការធ្វើចំណាកស្រុកមិនទៀងទាត់
verdict-no_finding = គ្មានការរកឃើញ តាមការពិតដែលបានផ្តល់

## Next questions: what an answer would change

why-establishes = ប្រសិនបើមែន { $what } ត្រូវបានបញ្ជាក់ ហើយលទ្ធផលក្លាយជា { $verdict }។
why-yes = ប្រសិនបើមែន លទ្ធផលក្លាយជា { $verdict }។
why-irregular = ប្រសិនបើមិនទៀងទាត់ លទ្ធផលក្លាយជា { $verdict }។
why-under-18 = ប្រសិនបើបុគ្គលនោះមានអាយុក្រោម ១៨ ឆ្នាំ លទ្ធផលក្លាយជា { $verdict }។
why-adult = ប្រសិនបើបុគ្គលនោះមានអាយុ ១៨ ឆ្នាំ ឬលើសពីនេះ លទ្ធផលក្លាយជា { $verdict }។
why-age-both = ប្រសិនបើបុគ្គលនោះមានអាយុក្រោម ១៨ ឆ្នាំ លទ្ធផលក្លាយជា { $yes }; ប្រសិនបើបុគ្គលនោះមានអាយុ ១៨ ឆ្នាំ ឬលើសពីនេះ លទ្ធផលក្លាយជា { $no }។
why-no = ប្រសិនបើទេ លទ្ធផលក្លាយជា { $verdict }។
why-regular = ប្រសិនបើទៀងទាត់ លទ្ធផលក្លាយជា { $verdict }។
why-towards = ឆ្ពោះទៅ { $target } ដែលត្រូវការ { $total } ផ្នែកទៀត៖ ចម្លើយនេះនឹងផ្តល់ { $part }។
part-act = ធាតុផ្សំសកម្មភាព
part-child = ការដែលបុគ្គលនោះជាកុមារ
part-means-or-child = ធាតុផ្សំមធ្យោបាយ (ឬការដែលបុគ្គលនោះជាកុមារ)
part-means = ធាតុផ្សំមធ្យោបាយ
part-purpose = ធាតុផ្សំគោលបំណង
part-benefit = ផលប្រយោជន៍ហិរញ្ញវត្ថុ ឬផលប្រយោជន៍សម្ភារៈផ្សេងទៀត
part-procured = ការចូល ឬស្នាក់នៅដោយមិនទៀងទាត់ ដែលរៀបចំដោយអ្នកផ្សេង
part-migration = ការធ្វើចំណាកស្រុក
part-risk-factor = កត្តាហានិភ័យ
part-border-crossing = ការឆ្លងព្រំដែន
part-irregular-entry-or-stay = ការចូល ឬស្នាក់នៅដោយមិនទៀងទាត់

## Lists in a sentence

list-and = {" និង"}
list-or = {" ឬ "}
