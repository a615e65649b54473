## The ILO/EC operational indicators (2009): how they were graded and read
## into the elements. An indicator is named by its wording on the list
## (`$indicator`, data from the list); policy names are data and appear as
## they are.

dimension-deceptive_recruitment = deceptive recruitment
dimension-coercive_recruitment = coercive recruitment
dimension-recruitment_by_abuse_of_vulnerability = recruitment by abuse of vulnerability
dimension-exploitative_conditions = exploitative conditions of work
dimension-coercion_at_destination = coercion at destination
dimension-abuse_of_vulnerability_at_destination = abuse of vulnerability at destination
grade-strong = strong
grade-medium = medium
grade-weak = weak
confidence-v = verified in a primary source
confidence-s = from a secondary source, not checked against the ILO text
confidence-r = recollection of the ILO text, to be checked
list-adults_labour = adults, labour exploitation
list-adults_sexual = adults, sexual exploitation
list-children_labour = children, labour exploitation
list-children_sexual = children, sexual exploitation
level-established = established
level-suspected = suspected
level-not_established = not established

## Which list

ilo-basis-child = The person is a child: the children's lists apply.
ilo-basis-presumed = The person is presumed to be a child: the children's lists apply until the age is verified.
ilo-basis-adult = The person is an adult: the adults' lists apply.
ilo-basis-unknown = The person's age is not known: the adults' lists apply, as for the means test.
ilo-basis-sexual = A purpose of sexual exploitation is stated: the sexual-exploitation list applies.
ilo-basis-labour = No purpose of sexual exploitation is stated: the labour-exploitation list applies.
ilo-grades = Grades: { $title } ({ $confidence }).
ilo-note-not-on-list = The indicator "{ $indicator }" is not on the list used ({ $list }): it is not graded and does not count towards its dimension (it is still read as a sign where the law allows).

## Each dimension

ilo-indicator-graded = { $indicator } ({ $grade }{ $fact ->
        [suspected] , suspected
        [ruled_out] , ruled out
       *[other] {""}
    })
ilo-indicator-ungraded = { $indicator } (not on this list{ $fact ->
        [suspected] , suspected
        [ruled_out] , ruled out
       *[other] {""}
    })
ilo-dimension-positive = { $dimension }: positive ({ $clause }). { $indicators }.
ilo-dimension-suspected = { $dimension }: positive only if the suspected indicators are confirmed ({ $clause }). { $indicators }.
ilo-dimension-not = { $dimension }: not positive ({ $strong } strong, { $medium } medium, { $weak } weak present; the rule needs { $clauses }). { $indicators }.
list-comma-or = {", or "}

## The facts read from the indicators

ilo-mapped = { $fact }: { $level }. { $why }
ilo-fact-act = The act of { $fact }
ilo-fact-means = The means of { $fact }
ilo-fact-purpose = The purpose of { $fact }
ilo-fact-risk = The risk factor "{ $fact }"
ilo-fact-vulnerable = A position of vulnerability
ilo-fact-exploitation_occurred = Exploitation that took place
ilo-fact-other = { $fact }
ilo-positive = { $dimension } is positive ({ $clause }): { $indicators }.
ilo-positive-suspected = { $dimension } is positive only counting suspected indicators ({ $clause }): { $indicators }.
ilo-sign-graded = { $indicator } ({ $grade }{ $suspected ->
        [yes] , suspected
       *[no] {""}
    })
ilo-sign-ungraded = { $indicator } (not graded)
ilo-why-deception = Recruitment by deception is the means of deception (art. 3(a)).
ilo-why-recruitment = Indicators of how the person was recruited show that they were recruited.
ilo-why-coercion-recruitment = Coercion during recruitment is the means of threat, force or other forms of coercion (art. 3(a)).
ilo-why-coercion-destination = Coercion at destination is the means of threat, force or other forms of coercion (art. 3(a)).
ilo-why-harbouring = A person coerced at destination is held by someone, which suggests harbouring or receipt; the indicators do not say who held them, so it is at most suspected.
ilo-why-forced-labour = Work or service exacted under the menace of a penalty and not offered voluntarily is forced labour (ILO C29 art. 2(1)); the ILO measures it as involuntariness plus the menace of a penalty, and coercion used to make a person take or keep the work is both. Forced labour is read at the lower of the two levels, coercion and work: at most the weakest premise.
ilo-fl-signs = Coercion, the menace of a penalty, is shown only by single indicators, each a sign (at most suspected): { $indicators }.
ilo-fl-work = Work or services are in evidence: { $indicators }.
ilo-fl-recruitment = Deceived or coerced at recruitment ({ $indicators }): the person did not offer themselves for this work voluntarily.
ilo-why-exploitation-occurred = The indicators describe exploitation that took place: evidence of the purpose, not an element of the definition.
ilo-why-abuse = Among them, { $indicators } describe the abuse itself, not only a vulnerability: both parts of the test (a vulnerability, and its abuse to recruit the person) are met.
ilo-why-vulnerability-exploitation = A position of vulnerability together with exploitative conditions of work is reasonable grounds to suspect that the vulnerability was abused; it does not establish the abuse (two-part test). Establish that the vulnerability was taken advantage of.
ilo-why-sign = Observed: { $indicators }. { $why }
ilo-sign-debt-bondage = Debt bondage is a practice similar to slavery (1956 Convention art. 1(a)) where the person's services are pledged for a debt they cannot work off; the indicator does not show the pledge, so it is at most suspected.
ilo-sign-forced-criminality = Being forced into illicit or criminal activities is forced labour or services; on its own an indicator is a sign, not proof: at most suspected.
ilo-sign-deception = Being deceived at recruitment is a sign of the means of deception; on its own an indicator is a sign, not proof: at most suspected.
ilo-sign-abuse = The indicator describes the abuse of a vulnerability, not only the vulnerability; on its own an indicator is a sign, not proof: at most suspected.
ilo-sign-recruitment = A recruiter's deception or coercion is a sign that the person was recruited; on its own an indicator is a sign, not proof: at most suspected.
ilo-sign-coercion = Each is a sign of threat, force or coercion; on its own an indicator is a sign, not proof: at most suspected.
ilo-why-recruited = { $indicators }: these indicators describe how the person was recruited, so a recruitment took place (art. 3(a)), as far as they are observed. Whether it was deceptive or coercive enough to be a means is weighed by the indicators' combination rule.
ilo-why-recruited-in-situation = { $indicators }: these indicators describe the person's situation when recruited, not what anyone did, so they suggest that a recruitment took place (art. 3(a)) and no more: at most suspected.
ilo-why-presumed-child = Only the grades of the children's list give more, and that list applies because the person is presumed to be a child: until the age is verified, this counts at most as suspected.
ilo-why-vulnerable = { $indicators }: these indicators describe a position of vulnerability. On its own a vulnerability is not a means: its abuse must be shown.
ilo-why-documents = { $indicators }: the person's documents are held by someone else (a risk factor of unsafe migration, not an element of trafficking).
ilo-why-labour-rights = { $indicators }: labour rights are violated (a risk factor of unsafe migration, not an element of trafficking).
ilo-not-forced-labour = Exploitative conditions of work are positive, but no indicator of coercion (at recruitment or at destination) shows the menace of a penalty. Forced labour is work exacted under the menace of a penalty (ILO C29 art. 2(1)); poor conditions alone are neither necessary nor sufficient, so the indicators do not make forced labour a purpose. They are recorded as a labour-rights violation.

## The ILO/EC verdict beside the Protocol finding

ilo-policy = On the ILO/EC indicators alone (policy { $policy } version { $version }; list: { $list }): { $label }. The Protocol finding: { $protocol }.
ilo-policy-level = On the ILO/EC indicators alone (policy { $policy } version { $version }; list: { $list }): { $label } ({ $level }). The Protocol finding: { $protocol }.
ilo-protocol-established = trafficking
ilo-protocol-suspected = possible trafficking (suspected)
ilo-protocol-not = not trafficking
ilo-agree = They agree.
ilo-differ-protocol-one = They differ: the Protocol also needs { $missing } established, and the indicators do not establish it on their own (see the mapping above: exploitative conditions alone are not forced labour, a vulnerability alone is not a means).
ilo-differ-protocol-many = They differ: the Protocol also needs { $missing } established, and the indicators do not establish them on their own (see the mapping above: exploitative conditions alone are not forced labour, a vulnerability alone is not a means).
ilo-differ-policy = They differ: the ILO/EC policy needs { $needs }, and here no dimension is positive for: { $short }. The Protocol needs { $required }, established on these facts (stated directly or through the indicators).
ilo-differ-no-outcome = They differ: the policy has no trafficking outcome for this list; the Protocol needs { $required }.

## Next questions for a case told in indicators, asked in indicators: the
## indicator in the ILO's wording (data), its dimension, and what a "yes"
## would change.

ilo-ask = { $indicator } ({ $dimension }): is this so?
ilo-ask-confirm = { $indicator } ({ $dimension }) is only suspected: can it be confirmed?
why-indicator-both = If yes, { $dimension } becomes positive{ $level ->
        [suspected] {" "}(counting the suspected indicators)
       *[other] {""}
    } and the verdict becomes { $verdict }.
why-indicator-dimension = If yes, { $dimension } becomes positive{ $level ->
        [suspected] {" "}(counting the suspected indicators)
       *[other] {""}
    }; the verdict does not change.
why-indicator-both-any = If yes to any of these, { $dimension } becomes positive{ $level ->
        [suspected] {" "}(counting the suspected indicators)
       *[other] {""}
    } and the verdict becomes { $verdict }.
why-indicator-dimension-any = If yes to any of these, { $dimension } becomes positive{ $level ->
        [suspected] {" "}(counting the suspected indicators)
       *[other] {""}
    }; the verdict does not change.
