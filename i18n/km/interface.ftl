## ខ្មែរ (Khmer): a DRAFT translation of palermo's interface, awaiting
## review by a Khmer legal translator. Provisions stay quoted in their
## authentic language until an official Khmer text is supplied.

translation-status = សេចក្តីព្រាងការបកប្រែ ដែលកំពុងរង់ចាំការពិនិត្យដោយអ្នកបកប្រែផ្នែកច្បាប់ខ្មែរ។ (Draft translation awaiting review by a Khmer legal translator.)
