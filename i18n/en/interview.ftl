## The interview (`palermo interview`): the questions that settle several
## facts at once, and why each question is asked, in plain words. A
## question about one fact is that fact's `.ask` (facts.ftl).

interview-acts = How did the person come to be where they are: were they recruited, transported, handed over from one person to another, housed or kept somewhere, or received on arrival?
interview-means = How was the person made to go along: were they threatened, hurt, forced, taken away, cheated or lied to, did someone use their power over them or their difficult situation, or was someone paid to hand them over?
interview-purposes = What was the person made to do, or meant to do: sex work for others, forced work or services, slavery or servitude, debt bondage, giving up an organ, a forced marriage, an adoption, begging, crime?
interview-risks = What risks were there on the journey or at work: a recruiter without a licence, fees or debts, no written contract, no papers of their own, papers held by someone else, a dangerous route, no information about the job or the place, pay or hours or safety not respected?
## The same questions, short: when the list asked is not the one the long
## sentence names (another profile's, or part of it), the options follow.
interview-acts-short = How did the person come to be where they are?
interview-means-short = How was the person made to go along?
interview-purposes-short = What was the person made to do, or meant to do?
interview-risks-short = What risks were there on the journey or at work?
interview-age = How old is the person? (a number, or a range such as 15-17 if not known for sure)

interview-why-age = The age decides whether it must be shown how the person was controlled: for a child it need not be.
interview-why-trafficking = If yes, this could be trafficking in persons.
interview-why-possible_trafficking = If yes, this could be trafficking in persons.
interview-why-smuggling = If yes, this could be smuggling of migrants.
interview-why-unsafe_migration = If yes, the person's migration could have been unsafe.
interview-why-irregular_migration = If yes, the person could have entered or stayed without permission.
interview-why-no_finding = The answer could change the outcome.
interview-why-offences = If the person was made to commit offences because they were trafficked, that should be considered before any prosecution (non-punishment).
interview-why-asylum = A person who fears return is referred for asylum, whatever the finding (non-refoulement).
interview-why-aggravation = If yes, the smuggling was aggravated: the person's life or safety was put at risk, or they were treated in an inhuman or degrading way.

interview-verdict = So far: { $verdict }.
interview-missing = Still to ask: at most { $count } more.
interview-done = No answer left could change the outcome.
interview-done-open = No question left to ask here. Facts not answered could still change the outcome: palermo explain lists them.
interview-presumed = This rests on the person being presumed to be a child until the age is verified.
interview-again = Any others, besides those already given? Each keeps its number.
interview-help = Answer yes, no, not sure (suspected), skip, back, why or done; to a numbered list, the numbers that apply (?2 if not sure), or no.
interview-help-age = Answer with the age in years (a number), or a range such as 15-17 if it is not known for sure (18+ for 18 or over); or skip, back, why or done.
interview-help-regularity = Answer yes (without permission) or no (with permission); or skip, back, why or done.
interview-help-grouped = Type the numbers of those that apply (such as 1 3; ?2 if not sure), or no if none does; or skip, back, why or done.
interview-help-relationship = Answer ended or continued; or skip, back, why or done.
interview-why-family = If yes, this may not be smuggling of migrants: help from family, or on humanitarian grounds, without gain, is not.
interview-why-national = If yes, this may not be smuggling of migrants: no one is smuggled into their own country.
interview-unfit-answer = not an answer to this question
interview-unfit-grouped = not an answer to this list
interview-unfit-pairs = expected PATH=ANSWER pairs separated by spaces
interview-unfit-path = a path that is not a fact of the contract
interview-unfit-not-asked = a path this question does not ask
interview-unfit-fact = an answer that does not fit its fact
interview-unfit-line = { $unfit }. { $help }
interview-saved = Saved to { $file }. Read the reasons: palermo explain { $file }
interview-cannot-save = The case cannot be saved to { $file }.
interview-not-saved = The case could not be saved to { $file }; it is written to standard output instead.
interview-unfinished = The input ended before the interview was finished. The case holds only the answers given; the questions not reached are left unanswered in it.

## The answers the interview reads, as a person types them in another
## language: each stands for the protocol's word (the value here).

interview-word-yes = yes
interview-word-no = no
interview-word-not-sure = not sure
interview-word-skip = skip
interview-word-back = back
interview-word-why = why
interview-word-done = done
