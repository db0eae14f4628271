"""Word lists for the author's stance: evaluation, intensity, interpretation, modality.

Written for this project; every entry is lower case. Used by `cues.py` to score
how much a sentence evaluates rather than reports.
"""

from __future__ import annotations

from .cue_words import words

# Evaluative words: judgement in the author's voice.
EVALUATIVE = words(
    """good bad great terrible awful horrible excellent wonderful fantastic brilliant
    superb poor worse worst best better ugly beautiful nice wrong right fair unfair
    absurd ridiculous ludicrous outrageous shameful shameless disgraceful disgusting
    appalling atrocious pathetic stupid foolish silly naive reckless irresponsible
    dangerous alarming disturbing troubling worrying worrisome concerning shocking
    stunning staggering astonishing remarkable extraordinary incredible unbelievable
    impressive admirable laudable commendable courageous heroic brave bold cowardly
    corrupt evil wicked sinister nefarious malicious vicious cruel brutal ruthless
    desperate desperation dire grim bleak tragic disastrous catastrophic calamitous
    devastating damning scathing glaring blatant egregious flagrant obvious clear
    evident undeniable unprecedented historic momentous landmark significant crucial
    vital essential important critical key pivotal decisive fundamental profound
    meaningless pointless useless worthless hopeless futile failed failing failure
    success successful triumph victory fiasco debacle mess chaos chaotic crisis
    controversial dubious questionable suspicious shady murky opaque hypocritical
    hypocrisy arrogant arrogance ignorant ignorance incompetent incompetence inept
    weak strong powerful powerless genuine true real fake false bogus sham phony
    radical extreme extremist fanatical insane crazy mad lunatic toxic poisonous
    ideological partisan biased elitist elite elites woke leftist leftists rightwing
    fascist fascists marxist socialist communist tyranny tyrannical authoritarian
    oppressive draconian predatory parasitic greedy greed selfish lazy dishonest
    honest decent noble sensible reasonable unreasonable rational irrational logical
    illogical wise unwise smart clever misguided misleading deceptive hysterical
    hysteria panic fear-mongering fearmongering alarmist propaganda nonsense rubbish
    garbage lies myth myths farce joke laughable tragic sad happy glad unfortunate
    unfortunately fortunately sadly thankfully regrettably hopefully ironically
    shockingly surprisingly interestingly curiously tellingly arguably undoubtedly
    clearly obviously evidently certainly surely indeed frankly honestly simply merely
    mere just only sheer utter total complete absolute pure blind stark grave severe
    harsh serious seriously massive huge enormous immense vast tremendous gigantic tiny
    trivial minor petty flattering benign benevolent superficial shallow empty hollow
    cynical cynicism naive noble ignoble lofty grand grandiose theatrical dramatic
    bizarre strange odd weird peculiar curious ironic irony paradox paradoxical
    inevitable inevitably necessary unnecessary needless excessive enough insufficient
    inadequate adequate proper improper appropriate inappropriate legitimate
    illegitimate worthy unworthy deserve deserves deserved undeserved responsible
    blame blamed fault sham troubling lifeline gamble reckoning"""
)

# Intensifiers and boosters.
INTENSIFIERS = words(
    """very extremely highly deeply truly utterly totally completely absolutely
    entirely incredibly remarkably enormously hugely vastly immensely terribly
    awfully really so too quite rather particularly especially increasingly
    notably strikingly exceedingly profoundly fundamentally thoroughly wholly
    desperately dramatically drastically sharply severely seriously greatly
    far much even ever never always all-out"""
)

# Verbs of interpretation whose subject is a thing, not a speaker.
INTERPRETIVE_VERBS = words(
    """underscores underscore underscored highlights highlight highlighted signals signal
    signalled signaled reflects reflect reflected illustrates illustrate illustrated
    demonstrates demonstrate demonstrated exposes expose exposed epitomizes embodies
    symbolizes symbolises represents represent marks shows show proves prove proved
    implies imply suggests means reveals betrays hints"""
)
INTERPRETIVE_NOUNS = words(
    """implications implication significance lesson lessons irony truth reality question
    problem point matter stakes narrative paradox message meaning consequence
    consequences"""
)

# Opinion markers that are phrases.
OPINION_PHRASES = (
    "of course",
    "in fact",
    "the truth is",
    "the reality is",
    "the problem is",
    "the question remains",
    "the fact is",
    "it is clear",
    "it is time",
    "it's time",
    "needless to say",
    "to be sure",
    "make no mistake",
    "let us",
    "let's",
    "we must",
    "we need",
    "we should",
    "one might",
    "one could",
    "it seems",
    "seems to",
    "appears to",
    "no doubt",
    "at best",
    "at worst",
    "far beyond",
    "the implications of",
    "extend beyond",
    "extends beyond",
    "goes beyond",
    "go beyond",
    "far more",
    "never been",
    "no signs of",
    "so-called",
    "in other words",
    "that is to say",
    "nothing but",
    "more than ever",
    "than ever",
    "not only",
)

OBLIGATION_MODALS = words("should must ought shouldn't mustn't needs")
SPECULATIVE_MODALS = words("may might could would can't couldn't wouldn't")
FIRST_PERSON = words("i me my mine we us our ours ourselves myself")
SECOND_PERSON = words("you your yours yourself yourselves")
NEGATIONS = words("not no never nobody nothing none neither nor cannot can't don't doesn't won't")
CONTRASTS = words("but yet however although though whereas nonetheless nevertheless despite")
GENERALIZERS = words("all every everyone everything always nobody anyone anything whatever")

# More words of judgement, emotion and stance: verbs, adjectives, nouns.
STANCE = words(
    """poison poisons poisoned poisoning cling clings clinging thrive thrives obscure obscures
    obscured prey preys preying decry decries decried unleash unleashed unleashes destroy
    destroys destroyed destroying ruin ruins ruined wreck wrecked betray betrays betrayed
    betrayal abandon abandoned exploit squander squandered waste wasted wasteful plunder
    ingenious clever paradoxical delusive delusion delusional sacred holy sinful evil
    cabal hordes horde hellbent hell damn damned bloody nasty filthy vile despicable
    contemptible deplorable lamentable regrettable unacceptable intolerable unbearable
    outrage outraged outrageous scandal disgrace insult insulting offensive hateful hatred
    hate hates love loves loved lovely adore admire admired admiration praise praised
    celebrate celebrated condemn condemned condemnation denounce denounced mock mocked
    mockery ridicule ridiculed sneer scorn contempt arrogant smug sanctimonious pompous
    self-righteous virtue-signalling virtue hypocrite hypocrites liar liars cheat cheats
    crook crooks thief thieves villain villains hero heroes victim victims martyr
    enemy enemies traitor traitors coward cowards bully bullies tyrant tyrants dictator
    puppet puppets stooge lackey elite zealots zealot fanatics fanatic ideologues ideologue
    indoctrinated indoctrination brainwashed brainwashing propaganda shill shills
    wonderful marvellous marvelous splendid glorious magnificent superb terrific amazing
    awesome fabulous perfect perfectly flawless ideal ideally excellent outstanding
    exceptional miserable wretched dismal dreadful horrendous horrific horrifying hideous
    monstrous grotesque obscene absurdity nonsense nonsensical idiotic idiocy moronic
    dumb insane madness lunacy folly foolishness stupidity blunder blunders mistake mistaken
    misguided wrongheaded misplaced misconceived flawed deeply dangerous danger dangers
    threat threatens threatening menace menacing ominous sinister dark darkness doom
    doomed hopeless despair anguish agony suffering suffer suffers painful pain bitter
    bitterly harsh cruelty injustice unjust unjustly justice fairness unfairly fairly
    somehow deliberately intentionally wilfully willfully knowingly recklessly carelessly
    blindly naively cynically shamelessly brazenly openly blatantly correctly rightly
    wrongly falsely truly genuinely really actually basically essentially simply merely
    hardly barely scarcely mostly largely utterly wholly purely entirely thoroughly
    perfectly remarkably surprisingly astonishingly alarmingly worryingly disturbingly
    sadly tragically unfortunately luckily fortunately happily thankfully hopefully
    ironically paradoxically predictably inevitably naturally obviously clearly plainly
    evidently apparently seemingly supposedly allegedly arguably undeniably unquestionably
    certainly surely definitely absolutely positively necessarily strangely oddly
    curiously interestingly importantly crucially significantly notably especially
    particularly unusually exceptionally extraordinary extraordinarily uniquely
    amiss awry astray adrift afloat aloof acute chronic endemic rampant pervasive
    widespread rife unbridled unchecked unprecedented untold countless endless
    relentless ceaseless constant perpetual eternal mere sheer utmost supreme ultimate
    grand noble lofty base vulgar crude cheap shoddy sloppy lazy greedy selfish
    generous kind kindly cruel humane inhumane decent indecent moral immoral amoral
    ethical unethical principled unprincipled honourable honorable dishonourable
    dishonorable shame shameful pride proud humble humility dignity undignified
    respect respectable disrespect disrespectful worthy deserving undeserving
    meaningful meaningless pointless senseless purposeless aimless fruitless vain
    superficial shallow deep profound insightful thoughtful thoughtless careless
    careful reckless prudent imprudent wise wisdom folly sensible insensible absurd
    bizarre weird odd strange eerie uncanny spooky creepy funny hilarious comical
    laughable ludicrous preposterous farcical pitiful pitiable pathetic sorry sad
    tragic comic ironic sarcastic cynical skeptical sceptical doubtful dubious
    suspect suspicious fishy shady sketchy murky dodgy questionable controversial
    contentious divisive polarizing polarising toxic poisonous corrosive destructive
    harmful damaging detrimental beneficial helpful useful useless valuable worthless
    priceless precious cherished beloved hated despised loathed feared dreaded
    terrifying frightening scary alarming shocking startling staggering stunning
    breathtaking jaw-dropping mind-boggling baffling puzzling perplexing confusing
    bewildering incomprehensible unthinkable unimaginable inconceivable incredible
    unbelievable implausible plausible credible incredible dubious naive gullible
    bold brave courageous daring fearless heroic valiant gallant timid cowardly weak
    feeble frail fragile robust resilient strong mighty powerful formidable fierce
    ferocious savage barbaric barbarous civilized civilised uncivilized primitive
    backward progressive regressive reactionary radical moderate extreme fringe
    mainstream populist populism elitism neoliberal zombie woke leftist leftists
    rightists liberals conservatives socialists marxists globalists nationalists
    fascism communism socialism capitalism imperialism colonialism simple simplistic
    grim grimmer grimly bumpy rocky shaky embarrassing embarrassment unscientific
    meticulous cheerful cheerfully gleeful gleefully unctuous devour devours devoured
    wild wildly grab slogan slogans whim whims nondescript mediocre mediocrity lousy
    dreary drab dull boring tedious tiresome exhausting lavish extravagant frugal
    reckless splurge binge obsession obsessed obsessive mania craze fad frenzy frenzied
    fervour fervor zeal zealous passion passionate enthusiasm enthusiastic eager eagerly
    reluctant reluctantly grudging grudgingly cheer gloom gloomy rosy bright brighter
    optimistic optimism pessimistic pessimism hope hopes hopeful fear fears fearful
    worry worries worried anxious anxiety angry anger furious fury rage outraged
    delight delighted pleased satisfied dissatisfied disappointed disappointing
    disappointment frustrating frustrated frustration welcome welcomed unwelcome
    racist racists racism bigot bigots bigotry rancid busybody globalist globalists
    deleterious astounding astonishing unsettling baffling cataclysmic calamity
    feted vaunted touted lauded much-vaunted self-serving self-styled ill-fated
    ill-conceived half-baked wrong-headed heavy-handed high-handed underhanded
    out-of-control uncontrolled unaccountable accountable irresponsible dubious stakes"""
)
VAGUE_ADVERB_EXCEPTIONS = words(
    """only early daily weekly monthly yearly quarterly family reportedly recently
    previously formerly currently initially finally eventually respectively jointly
    directly officially publicly formally likely nearly roughly approximately
    partly mainly fully widely separately locally nationally internationally
    annually shortly july italy supply apply reply rely ally fly july lily belly
    holy ugly silly jolly bully rally tally sally"""
)
ARGUMENT_MARKERS = (
    "because",
    "therefore",
    "thus",
    "hence",
    "after all",
    "in fact",
    "in short",
    "in sum",
    "in this sense",
    "this is because",
    "that's because",
    "that’s because",
    "it is true",
    "it's true",
    "it’s true",
    "yes,",
    "no,",
    "as if",
    "so much for",
    "not to mention",
    "let alone",
    "to put it",
    "in reality",
    "the point is",
    "what matters",
    "the answer is",
    "the lesson",
    "the fact that",
)

# Calls to action in the author's voice: opinion whatever else the sentence says.
PRESCRIPTIVE_PHRASES = (
    "it is time",
    "it's time",
    "it’s time",
    "we must",
    "we need to",
    "we should",
    "we cannot",
    "we can't",
    "we can’t",
    "let us",
    "let's",
    "let’s",
    "ought to",
    "must be stopped",
    "must stop",
    "should be ashamed",
    "must not",
    "should not be allowed",
    # hindsight verdicts: what someone ought to have done
    "should have",
    "should’ve",
    "should've",
    "should never have",
    "should not have",
    "shouldn't have",
    "shouldn’t have",
    "ought to have",
)
