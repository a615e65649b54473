## ខ្មែរ (Khmer): a DRAFT translation of the headings of the jurisdiction
## profiles' findings, awaiting review by a Khmer legal translator. The
## instruments are cited as in English; their provisions stay quoted in
## English. Messages missing here are said in English. In the order of
## i18n/en/law.ftl.

heading = ការជួញដូរមនុស្ស (Trafficking Protocol art. 3)
heading-coe = ការជួញដូរមនុស្ស (CoE Convention CETS 197 art. 4)
heading-eu = ការជួញដូរមនុស្ស (Directive 2011/36/EU art. 2)
heading-us = ទម្រង់ធ្ងន់ធ្ងរនៃការជួញដូរមនុស្ស (22 U.S.C. 7102(11); 18 U.S.C. 1591)
heading-asean = ការជួញដូរមនុស្ស (ACTIP art. 2)
heading-cambodia = ការជួញដូរមនុស្ស (Cambodian law of 2008, arts. 8-19)
