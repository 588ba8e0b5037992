/**
 * Words that carry no evidence of which clause a quote comes from: articles,
 * pronouns, auxiliaries, prepositions, conjunctions and the like. Checked on
 * the lower-case word before stemming. Words that are evidence in the
 * statements ("against", "not", "only", "all") stay out of these lists only
 * when a clause turns on them; the rest are here.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the of to in on at by for from with without within into onto upon over under about above below across
  along among amongst around as via per than then and or nor but so yet if whether because while though although
  that this these those which who whom whose what when where why how there here thus hence therefore thereby
  it its itself they them their theirs themselves we us our ours ourselves you your he him his she her hers i me my
  is are was were be been being am has have had having do does did doing done will would shall should can could
  may might must ought also very too just even still such same other another any each every either neither both
  more most much many some few own only again further once up down out off s t d ll re ve don t said says say
  saying told according like well etc mr ms mrs dr`.split(/\s+/u),
);

export const RUSSIAN_STOP_WORDS: ReadonlySet<string> = new Set(
  `и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне было вот от
  меня еще ещё нет о об обо из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам
  ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего
  раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы
  нее неё сейчас были куда зачем всех никогда можно при наконец об другой хоть после над больше тот через эти нас
  про всего них какая много разве эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им
  более всегда конечно всю между это также которые который которая которое которых котором которым которой
  которую свой своих своей своим своими свои своё свое своего своему такие таких такая такое таким такими этим
  этими этих эта также является являются являются лишь ко ко со из-за из-под том числе т е д др др. г
  заявил заявила заявили сказал сказала сказали говорится отметил отметила`.split(/\s+/u),
);
