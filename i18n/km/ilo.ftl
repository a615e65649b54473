## ខ្មែរ (Khmer): a DRAFT translation of the names of the ILO/EC indicators'
## dimensions, grades, lists and levels, and of what a "yes" to an indicator
## would change, awaiting review by a Khmer legal translator. The indicators
## themselves stay in the ILO's English wording (data). Messages missing
## here are said in English. In the order of i18n/en/ilo.ftl.

dimension-deceptive_recruitment = ការជ្រើសរើសដោយបោកបញ្ឆោត
dimension-coercive_recruitment = ការជ្រើសរើសដោយបង្ខិតបង្ខំ
dimension-recruitment_by_abuse_of_vulnerability = ការជ្រើសរើសដោយរំលោភលើភាពងាយរងគ្រោះ
dimension-exploitative_conditions = លក្ខខណ្ឌការងារបែបកេងប្រវ័ញ្ច
dimension-coercion_at_destination = ការបង្ខិតបង្ខំនៅទីគោលដៅ
dimension-abuse_of_vulnerability_at_destination = ការរំលោភលើភាពងាយរងគ្រោះនៅទីគោលដៅ
grade-strong = ខ្លាំង
grade-medium = មធ្យម
grade-weak = ខ្សោយ
list-adults_labour = មនុស្សពេញវ័យ ការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម
list-adults_sexual = មនុស្សពេញវ័យ ការកេងប្រវ័ញ្ចផ្លូវភេទ
list-children_labour = កុមារ ការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម
list-children_sexual = កុមារ ការកេងប្រវ័ញ្ចផ្លូវភេទ
level-established = បានបញ្ជាក់
level-suspected = សង្ស័យ
level-not_established = មិនបានបញ្ជាក់

## Next questions for a case told in indicators

why-indicator-both = ប្រសិនបើមែន { $dimension } ក្លាយជាវិជ្ជមាន{ $level ->
        [suspected] {" "}(ដោយរាប់បញ្ចូលសូចនាករដែលសង្ស័យ)
       *[other] {""}
    } ហើយលទ្ធផលក្លាយជា { $verdict }។
why-indicator-dimension = ប្រសិនបើមែន { $dimension } ក្លាយជាវិជ្ជមាន{ $level ->
        [suspected] {" "}(ដោយរាប់បញ្ចូលសូចនាករដែលសង្ស័យ)
       *[other] {""}
    } ប៉ុន្តែលទ្ធផលមិនផ្លាស់ប្តូរទេ។
why-indicator-both-any = ប្រសិនបើចម្លើយចំពោះសំណួរណាមួយក្នុងចំណោមទាំងនេះគឺ «មែន» { $dimension } ក្លាយជាវិជ្ជមាន{ $level ->
        [suspected] {" "}(ដោយរាប់បញ្ចូលសូចនាករដែលសង្ស័យ)
       *[other] {""}
    } ហើយលទ្ធផលក្លាយជា { $verdict }។
why-indicator-dimension-any = ប្រសិនបើចម្លើយចំពោះសំណួរណាមួយក្នុងចំណោមទាំងនេះគឺ «មែន» { $dimension } ក្លាយជាវិជ្ជមាន{ $level ->
        [suspected] {" "}(ដោយរាប់បញ្ចូលសូចនាករដែលសង្ស័យ)
       *[other] {""}
    } ប៉ុន្តែលទ្ធផលមិនផ្លាស់ប្តូរទេ។
