import { figureContext, groupFigures, type PlacedFigure } from '../../src/core/figure-groups';
import { extractFigures } from '../../src/core/figures';
import type { Figure } from '../../src/core/types';
import { article, loadArticles, paragraphWith } from '../support/shared';

/** Figures of made-up articles: each sentence is one article's text. */
function place(texts: Record<string, string>): PlacedFigure[] {
  return Object.entries(texts).flatMap(([articleId, text]) => extractFigures(text).map((f, i): PlacedFigure =>
    ({ articleId, figure: { ...f, id: `${articleId}:f${i}` }, context: figureContext(text, f.start, f.end) })));
}

/** Groups as sorted lists of figure texts with their article, for readable expectations. */
function grouped(placed: PlacedFigure[]): string[][] {
  const byId = new Map(placed.map((p) => [p.figure.id, `${p.articleId}:${p.figure.text}`]));
  return groupFigures(placed).map((g) => g.members.map((id) => byId.get(id)!).sort());
}

describe('groupFigures', () => {
  it('groups the day of the war across outlets and flags the differing day', () => {
    const placed = place({
      a: 'On the 12th day of its war against Ukraine, Russian forces advanced.',
      b: 'Sunday marks the 11th day of Russia’s attack on Ukraine.',
    });
    const groups = groupFigures(placed);
    expect(groups).toHaveLength(1);
    expect(groups[0].members).toEqual(['a:f0', 'b:f0']);
    expect(groups[0].disagreement).toBe('values differ: 12th vs 11th (day of the war)');
  });

  it('groups one age limit stated from its two sides ("under 17", "17 and older"), never two limits', () => {
    const placed = place({
      a: 'The pill was sold without a prescription to women 17 and older.',
      b: 'Girls under 17 needed a prescription, and now girls as young as 15 can buy it.',
      c: 'Lowering the age restriction to 15 may reduce delays.',
    });
    expect(grouped(placed)).toEqual([['a:17 and older', 'b:under 17'], ['b:as young as 15', 'c:age restriction to 15']]);
  });

  it('pairs a count of an event that outlets give beside their own current count ("More than 750 people have been killed this year")', () => {
    const placed = place({
      a: 'Four people were killed in a shooting on Saturday. More than 750 people have been killed in Chicago so far this year.',
      b: 'Police said four people were shot to death. More than 750 people have been killed so far this year, police said.',
      c: 'Four people died on Saturday. Two people were killed at the same corner last year.',
      d: 'Four people were killed. One person was killed there in May.',
      e: 'Four people were killed. One person was killed there in June.',
    });
    const groups = grouped(placed);
    expect(groups).toContainEqual(['a:More than 750 people', 'b:More than 750 people']);
    // a small count pairs only where the words around it share one
    expect(grouped(place({
      a: 'Four people were killed. Two people were killed in a crash in March.',
      b: 'Four people were killed. Two people were killed in a separate wreck in Ohio in 2019.',
    }))).toEqual([['a:Four people', 'b:Four people']]);
    // a count only one article gives stays alone, and "one" agrees too often by chance
    expect(groups.flat()).not.toContain('c:Two people');
    expect(groups.flat()).not.toContain('d:One person');
  });

  it('joins the counts of one set named again by another noun ("three Americans" … "the three prisoners")', () => {
    const placed = place({
      a: 'North Korea freed three Americans held for months. The three prisoners flew home with Pompeo from North Korea.',
      b: 'Pompeo flew three prisoners home from North Korea on Wednesday.',
      c: 'North Korea said three Americans would be freed.',
    });
    expect(grouped(placed)).toEqual([['a:three Americans', 'a:three prisoners', 'b:three prisoners', 'c:three Americans']]);
  });

  it('reads a count with no noun that names again ("the three", "all four") as counting what the count before it counts', () => {
    expect(grouped(place({
      a: 'Police found three women alive in Cleveland.\n\nOn Tuesday, the three were released from a hospital in Cleveland.',
      b: 'Three women were found alive in Cleveland.',
    }))).toEqual([['a:the three', 'a:three women', 'b:Three women']]);
    // (a bare count that does not say "the" is no one named again)
    const bare = place({
      a: 'Police found three women alive in Cleveland.\n\nOn Tuesday, the three were released from a hospital in Cleveland.',
      b: 'Three women were found alive in Cleveland.',
    }).map((p) => (p.figure.text === 'the three' ? { ...p, figure: { ...p.figure, text: 'three' }, context: { before: 'On Tuesday,', after: p.context!.after } } : p));
    expect(grouped(bare)).toEqual([['a:three women', 'b:Three women']]);
    // not the event of the count before ("3 killed … the three were buried")
    expect(grouped(place({
      a: 'Shooting in Cleveland: 3 killed on Monday. The three were buried in Cleveland on Friday.',
      b: 'Three were killed in Cleveland on Monday.',
    }))).toEqual([['a:3 killed', 'b:Three']]);
  });

  it('joins two nouns for one value only, and a named-again count of people to the count of people before it', () => {
    // "two prisoners" elsewhere are not the three Americans named again as "the three prisoners", nor two Americans
    expect(grouped(place({
      a: 'North Korea freed three Americans held for months. The three prisoners flew home with Pompeo from North Korea.',
      b: 'North Korea still holds two prisoners in a labor camp, and freed three Americans.',
      c: 'Two Americans are held in a labor camp in North Korea.',
    }))).toEqual([['a:three Americans', 'a:three prisoners', 'b:three Americans']]);
    // "two potential witnesses … two lobbying firms. The two individuals …": the people before, not the firms
    expect(grouped(place({
      a: 'Manafort contacted two potential witnesses in Europe about two lobbying firms. The two individuals worked in Europe.',
      b: 'Prosecutors said two individuals in Europe were contacted.',
      c: 'Two lobbying firms in Europe were named.',
    }))).toEqual([['a:two individuals', 'a:two potential witnesses', 'b:two individuals'], ['a:about two lobbying firms', 'c:Two lobbying firms']]);
    // an ordinal is no count that "the two allegations" names again
    expect(grouped(place({
      a: 'After the second allegation against Fairfax was made Friday, he spoke. The two allegations against Fairfax were denied.',
      b: 'Two allegations against Fairfax were denied on Friday.',
      c: 'A second allegation against Fairfax was made on Friday.',
    }))).toEqual([['a:second allegation', 'c:second allegation'], ['a:two allegations', 'b:Two allegations']]);
    // "3 wonderful gentlemen" are people, named again as such after "three Americans" and "three ships"
    expect(grouped(place({
      a: 'North Korea freed three Americans and seized three ships. The three gentlemen flew home from North Korea.',
      b: 'Pompeo brought three gentlemen home from North Korea.',
      c: 'North Korea freed three Americans on Wednesday.',
    }))).toEqual([['a:three Americans', 'a:three gentlemen', 'b:three gentlemen', 'c:three Americans']]);
  });

  it('does not join counts that "the" does not name again: another set, the parties to something, people and things', () => {
    // "the two other children" are someone else
    expect(grouped(place({
      a: 'Two teenagers lived in the home with their mother. The two other children hid upstairs in the home.',
      b: 'Two other children hid upstairs in the home.',
    }))).toEqual([['a:two other children', 'b:Two other children']]);
    expect(grouped(place({
      a: 'Two other children lived in the home with their mother. The two girls hid upstairs in the home.',
      b: 'Two girls hid upstairs in the home.',
    }))).toEqual([['a:two girls', 'b:Two girls']]);
    // "the two countries" are the parties to the conflict, named one by one
    expect(grouped(place({
      a: 'Iran fired missiles at two bases in Iraq. The two countries traded threats over Iraq.',
      b: 'Missiles hit two bases in Iraq.',
      c: 'The two countries traded threats over Iraq.',
    }))).toEqual([['a:two bases', 'b:two bases'], ['a:two countries', 'c:two countries']]);
    // people are named again as people: "two U.S. attorneys to lead a pair of criminal investigations … the two prosecutors"
    expect(grouped(place({
      a: 'Holder appointed two U.S. attorneys to lead a pair of criminal investigations into the leaks. The two prosecutors will report on the leaks.',
      b: 'Holder named two prosecutors to look into the leaks.',
      c: 'The FBI opened a pair of criminal investigations into the leaks.',
    }))).toEqual([['a:two U.S. attorneys', 'a:two prosecutors', 'b:two prosecutors'], ['a:a pair of criminal investigations', 'c:a pair of criminal investigations']]);
    // and things as things: "these two men" … "the two bomb sites"
    expect(grouped(place({
      a: 'The FBI named these two men as suspects in the bombing. The men walked to the two bomb sites separately before the bombing.',
      b: 'The two bomb sites were a block apart, the bombing investigators said.',
    }))).toEqual([['a:two bomb sites', 'b:two bomb sites']]);
    // an article that has counted three women and three brothers: "the three suspects" may be either
    expect(grouped(place({
      a: 'Three women were found alive in Cleveland. Three brothers lived in the house in Cleveland. The three suspects are in custody in Cleveland.',
      b: 'Police in Cleveland held three suspects overnight.',
    }))).toEqual([['a:three suspects', 'b:three suspects']]);
    // nor men as women
    expect(grouped(place({
      a: 'Three brothers lived in the house in Cleveland. The three women were found in the house in Cleveland.',
      b: 'Police in Cleveland found three women in the house.',
    }))).toEqual([['a:three women', 'b:three women']]);
    // a number alone ("ruled 5-4") is no count that "the four liberals" names again
    expect(grouped(place({
      a: 'The Supreme Court ruled 5-4 on Thursday. The four liberals dissented on Thursday.',
      b: 'The four liberals dissented from the ruling on Thursday.',
      c: 'The Supreme Court ruled 5-4 on Thursday.',
    })).filter((g) => g.some((m) => m.includes('liberals')))).toEqual([['a:four liberals', 'b:four liberals']]);
    // "the three bills" after "three bills" and "three votes" names the bills again
    expect(grouped(place({
      a: 'The House passed three bills on Friday. It held three votes on the bills. The three bills now go to the Senate on Friday.',
      b: 'Senators held three votes on the bills on Friday.',
      c: 'The House passed three bills on Friday.',
    }))).toEqual([['a:three bills', 'a:three bills', 'c:three bills'], ['a:three votes', 'b:three votes']]);
  });

  it('compares a cutoff said with a bound after the number as the number itself ("50 or more workers")', () => {
    const placed = place({
      a: 'Under the law, companies with 50 or more workers must provide coverage.',
      b: 'Businesses with fewer than 50 workers are exempt.',
      c: 'Tax cuts would end for families earning $250,000 or less, and for individuals making $200,000 or more.',
      d: 'He would raise rates on income above $250,000 a year.',
    });
    expect(grouped(placed)).toEqual([['a:50 or more workers', 'b:fewer than 50 workers'], ['c:$250,000 or less', 'd:above $250,000']]);
  });

  it('compares the ages of one person across outlets, not any two equal ages', () => {
    const placed = place({
      a: 'Firefighter Kevin Swain, 19, was shot four times.',
      b: 'The wounded firefighter was Kevin Swain, 19, a volunteer. Brandon White, 31, was not hurt.',
      c: 'Brandon White, 19, of Warrensville Heights was arrested.',
    });
    // one name, two ages: the outlets disagree about Brandon White
    expect(grouped(placed)).toEqual([['a:19', 'b:19'], ['b:31', 'c:19']]);
  });

  it('compares the ages of one person whose name an outlet misspells ("Marids", "Mardis"), not of two people', () => {
    const placed = place({
      a: 'Funeral arrangements have been set for 6-year-old Jeremy Mardis. The child, 6-year-old Jeremy Marids, was shot five times. A 6-year-old boy died.',
      b: 'Officers are accused of killing 6-year-old Jeremy Mardis.',
      c: 'Richard H. Donahue Jr., 33, was seriously injured.',
      d: 'Richard H. Donohue, 33, remains in critical condition.',
      e: 'Jeremy Martin, 6, was not hurt.',
    });
    expect(grouped(placed)).toEqual([
      ['a:6-year-old', 'a:6-year-old', 'a:6-year-old', 'b:6-year-old'],
      ['c:33', 'd:33'],
    ]);
  });

  it('compares "10 people were wounded", all an outlet gives, with another\'s ten shot, not with its nine others wounded', () => {
    const placed = place({
      a: 'Ten people were shot early Sunday. One person was killed and nine others were injured.',
      b: 'Police said 10 people were wounded. One of the victims was killed.',
      c: 'One person died and nine others were wounded.',
    });
    const groups = groupFigures(placed);
    const byId = new Map(placed.map((p) => [p.figure.id, `${p.articleId}:${p.figure.text}`]));
    const named = groups.map((g) => ({ members: g.members.map((id) => byId.get(id)).sort(), disagreement: g.disagreement }));
    expect(named).toContainEqual({ members: ['a:Ten people', 'b:10 people'], disagreement: null });
    expect(named).toContainEqual({ members: ['a:nine others', 'c:nine others'], disagreement: null });
    // an outlet that also counts the dead gives its wounded as a part
    const parts = grouped(place({
      a: 'Ten people were shot. One person was killed and nine others were injured.',
      b: 'Police said 10 people were wounded and one was killed.',
    }));
    expect(parts).not.toContainEqual(['a:Ten people', 'b:10 people']);
  });

  it('compares the ages of one person whose short name an outlet writes with a letter doubled ("Amil", "Amill")', () => {
    const placed = place({
      a: 'Pizarro was walking with his wife, Melody Amil, 37, when the shooting started.',
      b: 'The shooting left his wife 37-year-old Melody Amill injured.',
      c: 'Neighbor Sam Amos, 37, saw it.',
    });
    expect(grouped(placed)).toEqual([['a:37', 'b:37-year-old']]);
  });

  it('flags one person\'s ages that differ between outlets, in the unit each gives', () => {
    const castro = groupFigures(place({
      a: 'The Ohio Department of Corrections said Ariel Castro, 53, was found hanging in his cell.',
      b: 'Castro, 52, hanged himself with a bedsheet.',
    }));
    expect(castro).toHaveLength(1);
    expect(castro[0].disagreement).toBe('values differ: 53 vs 52 (age of Ariel Castro)');
    const eva = groupFigures(place({
      a: 'The sheriff said 14-month-old Eva Zamora died on Sunday.',
      b: 'Relatives said 1-year-old Eva Zamora had been shot.',
    }));
    expect(eva[0].disagreement).toBe('values differ: 14 months vs 1 (age of Eva Zamora)');
    // a name an article gives two ages is a family's: only equal ages group
    const family = place({
      a: 'The dead were Mark Short, 40, and his son Mark Jr., 5.',
      b: 'Mark Short, 41, killed his family.',
    });
    expect(grouped(family)).toEqual([]);
  });

  it('tells a family apart by given names: one person\'s ages a birthday apart group, the others\' stay their own', () => {
    const cormiers = place({
      a: article('gva', 'gva-97c3fc43a247').text,
      b: article('gva', 'gva-9ab66f85a40a').text,
      c: article('gva', 'gva-ce79f55322c4').text,
    });
    const groups = grouped(cormiers);
    // Mark, 54 in one outlet and 53 in two; Candace, 61, named by one outlet only; Jeremiah, 10 (or 11)
    expect(groups).toContainEqual(['a:54', 'b:53-year-old', 'c:53']);
    expect(groups.flat()).not.toContain('a:61');
    expect(groups).toContainEqual(['a:10', 'c:10 or 11 years old']);
    // (a given name an article gives two people is no evidence)
    expect(grouped(place({ a: 'The dead were Mark Short, 40, and Mark Short Jr., 5.', b: 'Mark Short, 41, killed them.' }))).toEqual([]);
    expect(grouped(place({ a: 'Jane Roe, 40, and John Roe, 12, died.', b: 'Jane Roe, 41, was found.' }))).toEqual([['a:40', 'b:41']]);
  });

  it('joins an unnamed age to the one named person of that age, and only then', () => {
    const placed = place({
      a: 'Webb and 18-year-old Brian Davis died after gunfire rang out.',
      b: 'Brian Davis, 18, died at the scene.',
      c: 'An 18-year-old man died on the way to hospital.',
      d: 'Police said a 40-year-old man fired the shots.',
      e: 'A 40-year-old woman and a 40-year-old man were charged.',
    });
    // the man of d is the man of e, not the woman beside him
    expect(grouped(placed)).toEqual([['a:18-year-old', 'b:18', 'c:18-year-old'], ['d:40-year-old', 'e:40-year-old']]);
    expect(groupFigures(placed)[1].members).toEqual(['d:f0', 'e:f1']);
    const twoNamed = place({ a: 'Ann Lee, 18, and Bo Park, 18, were hurt.', b: 'Bo Park, 18, spoke.', c: 'An 18-year-old was hurt.' });
    expect(grouped(twoNamed)).toEqual([['a:18', 'b:18']]);
  });

  it('matches unnamed people across outlets whose ages differ by a birthday, by gender', () => {
    const placed = place({
      a: 'A 6-year-old girl was fatally shot by a 12-year-old boy.',
      b: 'She was staying with a 12-year-old girl and an 11-year-old boy. The 11-year-old was showing them a shotgun.',
      c: 'A 6-year-old girl was killed after her 11-year-old cousin’s new shotgun went off.',
    });
    expect(grouped(placed)).toEqual([
      ['a:6-year-old', 'c:6-year-old'],
      ['a:12-year-old', 'b:11-year-old', 'b:11-year-old', 'c:11-year-old'],
    ]);
    expect(groupFigures(placed)[1].disagreement).toBe('values differ: 12 vs 11 (age)');
    // the age of several people is nobody's in particular
    expect(grouped(place({
      a: 'Police said there were two 21-year-olds in the car.',
      b: 'A 21-year-old man was shot.',
      c: 'A 20-year-old man was shot in the leg.',
    }))).toEqual([['b:21-year-old', 'c:20-year-old']]);
  });

  it('tells apart two unnamed people of one age by what is said of each ("A 20-year-old man shot in the chest", "Another 20-year-old man")', () => {
    // three outlets' lists of six victims: two 20-year-old men in two of them, one killed (chest), one in critical condition (groin)
    const ids = ['gva-7f08c9bcf745', 'gva-7dc9dcca5352', 'gva-e6d083d2c3e7'];
    const placed = place(Object.fromEntries(ids.map((id, i) => ['abc'[i], article('gva', id).text])));
    const twenties = placed.filter((p) => p.figure.text === '20-year-old');
    const wound = (part: string): string[] => twenties.filter((p) => p.context?.after.includes(part)).map((p) => p.figure.id).sort();
    const groups = groupFigures(placed).map((g) => [...g.members].sort());
    expect(wound('chest')).toHaveLength(2);
    expect(wound('groin')).toHaveLength(3);
    expect(groups).toContainEqual(wound('chest'));
    expect(groups).toContainEqual(wound('groin'));
    // the other one of an age is no one's "21-year-old brother"; a person described at length is no further from a short mention
    const leg = place({
      a: 'A 20-year-old man was shot in the chest. Another 20-year-old man was shot in the leg.',
      b: 'A 20-year-old man was shot in the leg and taken to the hospital. His 21-year-old brother was arrested.',
    });
    expect(groupFigures(leg).map((g) => g.members)).toEqual([['a:f1', 'b:f0']]);
    const long = place({
      a: 'A 20-year-old man was shot in the chest near the store and was pronounced dead at the scene by medics who came from the station. Another 20-year-old man was shot in the leg.',
      b: 'A 20-year-old man was shot in the chest and died.',
      c: 'A 20-year-old man was shot in the leg.',
    });
    expect(groupFigures(long).map((g) => g.members)).toEqual([['a:f0', 'b:f0'], ['a:f1', 'c:f0']]);
    // two of one age that nothing tells apart elsewhere group with no one; a lone "another" and an age in months keep the year's slack
    expect(grouped(place({
      a: 'A 20-year-old man died.',
      b: 'A 20-year-old man was shot in the chest and died at the hospital. Another 20-year-old man was hurt and is expected to recover.',
    }))).toEqual([]);
    expect(grouped(place({ a: 'Another 17-year-old was arrested Tuesday.', b: 'Police arrested an 18-year-old Tuesday.' })))
      .toEqual([['a:17-year-old', 'b:18-year-old']]);
    expect(grouped(place({
      a: 'A 20-month-old girl was hurt. A 20-year-old man was shot in the chest. Another 20-year-old man was shot in the leg.',
      b: 'A 2-year-old girl was hurt.',
    }))).toEqual([['a:20-month-old', 'b:2-year-old']]);
    // what is said around an age does not choose between two named people of that age
    expect(grouped(place({
      a: 'Officer Sean Collier, 26, was shot and killed. Tamerlan Tsarnaev, 26, the older brother, died later.',
      b: 'Police shot and killed the 26-year-old suspect overnight.',
    }))).toEqual([]);
    // the same age before what is said around it
    expect(grouped(place({ a: 'A 21-year-old man was shot in the leg. A 20-year-old man was hurt.', b: 'A 20-year-old man was shot in the leg.' })))
      .toEqual([['a:20-year-old', 'b:20-year-old']]);
  });

  it('matches a baby\'s age in months with the years other outlets round it to, one child to one child', () => {
    const placed = place({
      a: 'A 1-year-old child was shot while left alone with a sibling.',
      b: 'The 22-month-old toddler was left in the truck along with a 2-year-old sibling.',
      c: 'Police: 22-month-old baby shot in the neck. A 2-year-old girl was shot by her 3-year-old sister.',
    });
    expect(grouped(placed)).toEqual([
      ['a:1-year-old', 'b:22-month-old', 'c:2-year-old', 'c:22-month-old'],
      ['b:2-year-old', 'c:3-year-old'],
    ]);
    // two ages of one child at two times are not one age
    expect(grouped(place({
      a: 'Willow, then 5 months old, had a heart transplant at 1 week old.',
      b: 'Willow, then 5 months old, had undergone a transplant at 1 week old.',
    }))).toEqual([['a:5 months old', 'b:5 months old'], ['a:1 week old', 'b:1 week old']]);
  });

  it('groups one casualty count reported with different nouns ("two teenagers" killed, "2 people" dead)', () => {
    const placed = place({
      a: 'Two teenagers were fatally shot early Sunday.',
      b: 'Police say 2 people are dead and 4 others were wounded.',
      c: 'Two high school students were killed in the shooting.',
      d: 'Twelve children were killed.',
    });
    // b's wounded are another quantity, which no other outlet gives
    expect(grouped(placed)).toEqual([['a:Two teenagers', 'b:2 people', 'c:Two high school students']]);
  });

  it('compares an item of a list of victims as its own people ("a man, two women and a child were killed"), not as the total', () => {
    expect(grouped(place({
      a: 'A man, two women and a small child were killed Saturday.',
      b: 'Four people were found dead. One adult male, two adult females, and one child are deceased.',
      c: 'Four people died in the shooting.',
    }))).toEqual([['a:two women', 'b:two adult females'], ['b:Four people', 'c:Four people']]);
    // nor with another outlet's total of that value
    expect(grouped(place({ a: 'A man, two women and a small child were killed Saturday.', b: 'Two people were killed.' }))).toEqual([]);
    // people of one gender are not of the other, however equal their counts
    expect(grouped(place({
      c: 'Police said one male and one female were found dead.',
      d: 'One woman and one man were killed.',
    }))).toEqual([['c:one male', 'd:one man'], ['c:one female', 'd:One woman']]);
    expect(grouped(place({ c: 'Police said one male and one female were found dead.', d: 'One man was killed.' })))
      .toEqual([['c:one male', 'd:One man']]);
    expect(grouped(place({ e: 'One female was killed in the crash.', f: 'One man was killed.' }))).toEqual([]);
  });

  it('groups an article\'s later mention of its victims ("the two officers") with their casualty count', () => {
    const placed = place({
      a: 'Two police officers were shot Tuesday. The two officers are in stable condition.',
      b: 'A gunman wounded 2 officers before he was killed. Three officers arrived later.',
      c: 'Two officers stood guard at the door of the house.',
    });
    // c's officers are not counted as victims in c, so nothing says they are the wounded ones
    expect(grouped(placed)).toEqual([['a:Two police officers', 'a:two officers', 'b:2 officers']]);
  });

  it('takes a small count of people in general for the victims only when it names them again ("the two", not "two women came to her aid")', () => {
    expect(grouped(place({
      a: 'Two people were killed in the shooting. She fell, and two women came to her aid.',
      b: 'Two people died. The two women were found outside.',
    }))).toEqual([['a:Two people', 'b:Two people', 'b:two women']]);
    // a larger count is the victims again by its size
    expect(grouped(place({
      c: 'Thirteen people were shot at the party. When officers arrived, 13 people, 11 males and two females, were located.',
      d: 'A shooting left 13 people wounded.',
    }))).toEqual([['c:13 people', 'c:Thirteen people', 'd:13 people']]);
  });

  it('puts a killed-and-wounded total together with the killed and wounded parts', () => {
    const placed = place({
      a: 'Bombings have killed and wounded more than a thousand people.',
      b: 'The UN said 364 civilians had been killed and 759 wounded. A day earlier, 249 civilians were killed.',
    });
    expect(grouped(placed)).toEqual([['a:more than a thousand people', 'b:364 civilians', 'b:759 wounded']]);
    expect(groupFigures(placed)[0].disagreement).toBeNull(); // 364 + 759 = 1,123 is more than a thousand
  });

  it('keeps killed and wounded apart when no outlet gives their total ("six killed", "three others were injured")', () => {
    const placed = place({
      a: 'The shooting killed six people and three others were injured.',
      b: 'Police said six people were killed; three others were wounded.',
    });
    expect(grouped(placed)).toEqual([['a:six people', 'b:six people'], ['a:three others', 'b:three others']]);
  });

  it('keeps killed and wounded apart when the article that gives a total gives the parts too', () => {
    const placed = place({
      a: 'Police said 8 people were shot. One person was killed and six were wounded.',
      b: 'Two people were killed and six others were injured.',
    });
    expect(grouped(placed)).toEqual([['a:One person', 'b:Two people'], ['a:six', 'b:six others']]);
  });

  it('takes a total as large as one part of its article for that part ("Thirteen people were shot", "the 13 victims were injured")', () => {
    const placed = place({
      a: 'Thirteen people were shot at a party. The 13 victims were injured when two shooters fired.',
      b: 'A shooting at a house party left 13 people wounded.',
    });
    expect(grouped(placed)).toEqual([['a:13 victims', 'a:Thirteen people', 'b:13 people']]);
  });

  it('keeps "two other firefighters" who were injured apart from the two shot, unless the others are others than the dead', () => {
    const placed = place({
      a: 'Two firefighters were shot. Two other firefighters were injured while seeking cover.',
      b: 'Two additional volunteer firefighters were injured as they sought cover.',
    });
    expect(grouped(placed)).toEqual([['a:Two other firefighters', 'b:Two additional volunteer firefighters']]);
    // "one person dead and eight others hurt": others than the dead, so the article's total of eight is its wounded
    const beside = place({
      a: 'A shooting left one person dead and eight others hurt. The shooting left eight people injured and killed 37-year-old Savonnie McNeil.',
      b: 'The shooting killed one man and injured eight other people.',
    });
    expect(grouped(beside)).toContainEqual(expect.arrayContaining(['a:eight people', 'a:eight others', 'b:eight other people']));
  });

  it('says when a total is smaller than its parts', () => {
    const placed = place({
      a: 'The shelling killed and wounded 900 people.',
      b: 'Officials said 364 civilians had been killed and 759 wounded.',
    });
    expect(groupFigures(placed)[0].disagreement).toBe(
      'total (900 killed and wounded) is smaller than the parts (364 killed + 759 wounded = 1,123)',
    );
  });

  it('keeps only the current count of an article: a later, different value is an older count', () => {
    const placed = place({
      a: 'At least 364 civilians killed, says UN. The UN said 364 civilians were killed. On Friday it had confirmed 331 deaths.',
      b: 'The war has killed 300 civilians, officials said.',
    });
    expect(grouped(placed)).toEqual([['a:364 civilians', 'a:At least 364 civilians', 'b:300 civilians']]);
    expect(groupFigures(placed)[0].disagreement).toBe('values differ: at least 364 vs 300 (killed)');
  });

  it('treats qualified values that can both be true as agreeing', () => {
    const placed = place({
      a: 'More than a million people have fled the country.',
      b: 'The war displaced more than 1.5 million people.',
    });
    const groups = groupFigures(placed);
    expect(groups).toHaveLength(1);
    expect(groups[0].disagreement).toBeNull();
  });

  it('groups a large round amount with the exact one it rounds, and still says they differ', () => {
    const placed = place({
      a: 'Now when you need it, Obama has cut $716 billion from Medicare.',
      b: '"He stole $700 billion from Medicare to fund Obamacare," the ad says.',
      c: 'Trump was holding up nearly $400 million in military assistance.',
      d: 'The weeks that $391 million in U.S. assistance was withheld.',
      e: 'The deal includes $350 billion from Medicare.',
    });
    // "$350 billion" is more than a rounding of "$400 million"'s neighbours: it stays alone
    expect(grouped(placed)).toEqual([['a:$716 billion', 'b:$700 billion'], ['c:nearly $400 million', 'd:$391 million']]);
    expect(groupFigures(placed)[0].disagreement).toBe('values differ: $716 billion vs $700 billion');
  });

  it('compares distances in miles whatever unit they are given in', () => {
    const placed = place({
      a: 'The gunman then drove about six miles to a Navy reserve center.',
      b: 'He then drove 10 km to the reserve center.',
      c: 'The center is 30 kilometres from the first site.',
    });
    expect(grouped(placed)).toEqual([['a:about six miles', 'b:10 km']]);
  });

  it('compares weights in kilograms whatever unit they are given in, rounded where converted, a unit before a noun too', () => {
    const placed = place({
      a: paragraphWith('allsides', 'no more than 300 kilograms (660 pounds) of low-enriched'),
      b: [paragraphWith('allsides', 'no more than 300 kilograms (661 pounds)'), paragraphWith('allsides', 'bypass the 300 kg limit')].join('\n'),
    });
    expect(grouped(placed)).toContainEqual(['a:300-kilogram limit', 'a:660 pounds', 'a:no more than 300 kilograms',
      'b:300 kg limit', 'b:661 pounds', 'b:no more than 300 kilograms']);
    // the rounding a weight allows is in its own unit: two tonnes may be 2,060 kilograms, which 2,100 kilograms may be too
    expect(grouped(place({ a: 'The load was 2 tonnes.', b: 'The load weighed 2,100 kilograms.' }))).toEqual([['a:2 tonnes', 'b:2,100 kilograms']]);
    // and the panel says they agree, each in its unit
    expect(groupFigures(place({ a: 'It weighed 5 pounds.', b: 'It weighed 2.3 kilograms.' }))[0].disagreement).toBeNull();
    expect(groupFigures(place({ a: 'It drove 20 miles.', b: 'It drove 22 miles.' }))[0].disagreement).toBe('values differ: 20 miles vs 22 miles');
    // a distance before a noun is of some other thing
    expect(grouped(place({ a: 'The gunman drove 25 miles north.', b: 'It was a 25-mile rampage.' }))).toEqual([]);
  });

  it('compares amounts whatever noun follows them', () => {
    const placed = place({
      a: 'He was released on a $250,000 signature bond.',
      b: 'He was released on $250,000 bail and denies wrongdoing.',
      c: 'Jackson spent $43,350 on a gold-plated Rolex.',
      d: 'Among the purchases was a $43,000 Rolex watch.',
    });
    expect(grouped(placed)).toEqual([['a:$250,000 signature bond', 'b:$250,000 bail'], ['c:$43,350', 'd:$43,000 Rolex watch']]);
  });

  it('pairs amounts closest first, one amount per article, so that an open bound takes its nearest value', () => {
    const placed = place({
      a: 'He spent over $10,000 at Best Buy, over $300 at Build-A-Bear and $14,000 on furs.',
      b: 'The list includes a $466.30 dinner, $10,977.74 worth of items from Best Buy and $313.89 at Build-A-Bear.',
    });
    // not "over $300" with "$466.30", named first; not "over $10,000" with "$14,000" of its own article
    expect(grouped(placed)).toEqual([['a:over $10,000', 'b:$10,977.74 worth'], ['a:over $300', 'b:$313.89']]);
  });

  it('groups an amount an article restates exactly ("nearly $44 million", then "$43,885,310"), not two exact values', () => {
    const taxes = place({
      a: 'The Clintons earned roughly $141 million and paid nearly $44 million in federal income taxes. The couple paid $43,885,310 in federal taxes.',
      b: 'From 2007 through 2014 the couple paid $43,885,310 in federal taxes.',
    });
    expect(grouped(taxes)).toEqual([['a:$43,885,310', 'a:nearly $44 million', 'b:$43,885,310']]);
    const votes = place({
      a: 'The House voted 230-197 to charge Trump with abuse of power.',
      b: 'The House impeached him by a 230-197 margin on abuse of power and by a 229-198 margin on obstruction.',
    });
    expect(grouped(votes).find((group) => group.includes('a:230'))).toEqual(['a:230', 'b:230']);
  });

  it('compares lengths of time an article gives in two units as one value ("three weeks", "21 days")', () => {
    const placed = place({
      a: 'She must stay home for three weeks, the 21 days the virus needs to show.',
      b: 'The 21-day quarantine at home was ordered by the governor.',
    });
    expect(grouped(placed)).toEqual([['a:21 days', 'a:three weeks', 'b:21-day quarantine']]);
  });

  it('compares counts of people under the words outlets use for them ("two kids", "two children")', () => {
    const placed = place({
      a: 'Brown drove off in a truck with his two kids.',
      b: 'Brown picked up his two children from the babysitter.',
    });
    expect(grouped(placed)).toEqual([['a:two kids', 'b:two children']]);
  });

  it('groups a count of five or more "people" with the same count of a noun for people in another outlet, not of things', () => {
    const placed = place({
      a: 'The plan offers a path to citizenship for 1.8 million people.',
      b: 'It would protect an estimated 1.8 million young immigrants.',
    });
    expect(grouped(placed)).toEqual([['a:1.8 million people', 'b:an estimated 1.8 million young immigrants']]);
    expect(grouped(place({ a: 'The gunman fired more than 1,000 rounds.', b: 'The company sued more than 1,000 victims.' }))).toEqual([]);
    expect(grouped(place({
      a: 'The shots rang out at a party with more than 100 people in the yard.',
      b: 'Police said there were about 100 partygoers at the house.',
    }))).toEqual([['a:more than 100 people', 'b:about 100 partygoers']]);
    // a small count of people is too common to join across nouns
    expect(grouped(place({ a: 'Two people were arrested.', b: 'Two immigrants spoke at the rally.' }))).toEqual([]);
    expect(grouped(place({ a: 'Four people were at the party in the yard.', b: 'Four partygoers were at the party in the yard.' }))).toEqual([]);
  });

  it('joins a count of people to the count of the same noun that says they went missing or were arrested', () => {
    expect(grouped(place({
      a: 'Police found three young women who had gone missing a decade ago in Cleveland.',
      b: 'In Cleveland, police rescued three women from a house on Monday.',
    }))).toEqual([['a:three young women', 'b:three women']]);
    expect(grouped(place({
      a: 'Three brothers have been arrested in Cleveland.',
      b: 'A relative of the three brothers in Cleveland spoke.',
    }))).toEqual([['a:Three brothers', 'b:three brothers']]);
    // not a noun for anyone, nor any man beside an arrest, nor others than those counted
    expect(grouped(place({ a: 'At least 50 people fled the party.', b: 'At least 50 people were at the party.' }))).toEqual([]);
    expect(grouped(place({ a: 'Two men were arrested for the shooting.', b: 'Two men exchanged gunfire in the shooting.' }))).toEqual([]);
    expect(grouped(place({ a: 'Police have arrested two suspects in the shooting.', b: 'Police seek two additional suspects in the shooting.' }))).toEqual([]);
  });

  it('groups counts of five or more of two nouns for people by their role ("five Taliban prisoners", "five members of the Taliban")', () => {
    expect(grouped(place({
      a: 'Bergdahl was freed in exchange for five Taliban prisoners held at Guantanamo.',
      b: 'Critics faulted the release of five members of the Taliban from Guantanamo.',
    }))).toEqual([['a:five Taliban prisoners', 'b:five members']]);
    // not a thing whose noun is built like one for people, nor a small count
    expect(grouped(place({ a: 'Agents served 500 search warrants.', b: 'Agents questioned 500 witnesses.' }))).toEqual([]);
    expect(grouped(place({ a: 'More than 500 people marched.', b: 'Agents served 500 search warrants.' }))).toEqual([]);
    // nor two nouns one article gives that number each
    expect(grouped(place({ a: 'Ten officers were at the scene.', b: 'Ten protesters and ten officers were at the scene.' })))
      .toEqual([['a:Ten officers', 'b:ten officers']]);
    expect(grouped(place({
      a: 'Critics faulted the release of two Taliban prisoners from Guantanamo.',
      b: 'Critics faulted the release of two members from Guantanamo.',
    }))).toEqual([]);
  });

  it('compares counts of bullets under the words outlets use for them ("five rounds", "five bullets")', () => {
    const placed = place({
      a: 'Walker said he removed the magazine with five bullets from the gun.',
      b: 'He said he had removed the magazine, which contained five rounds of ammunition.',
    });
    expect(grouped(placed)).toEqual([['a:five bullets', 'b:five rounds']]);
  });

  it('compares a share with the percentage other outlets give ("two-thirds of the vote", "67 percent of the vote")', () => {
    const placed = place({
      a: 'She won two-thirds of the vote.',
      b: 'She won 67 percent of the vote.',
      c: 'She won 55 percent of the vote.',
    });
    // 55 percent is another amount
    expect(grouped(placed)).toEqual([['a:two-thirds', 'b:67 percent']]);
    expect(groupFigures(placed)[0].disagreement).toBeNull();
  });

  it('compares percentages by value whatever word follows them, and a share in words only with percentages of its noun', () => {
    const placed = place({
      a: [paragraphWith('allsides', 'could enrich uranium up to 20%'), paragraphWith('allsides', 'through which a fifth of the')].join('\n'),
      b: paragraphWith('allsides', 'uranium of 20% purity to be used'),
    });
    const groups = grouped(placed);
    expect(groups).toContainEqual(['a:up to 20%', 'b:20% purity']);
    expect(groups.flat().filter((member) => /fifth/.test(member))).toEqual([]);
    // a share of the noun a percentage has joins the percentages, whatever other outlets say
    expect(grouped(place({ a: 'She won 67 percent of the vote.', b: 'She won two-thirds of the vote.', c: 'She won 67% on Tuesday.' })))
      .toEqual([['a:67 percent', 'b:two-thirds', 'c:67%']]);
    expect(grouped(place({ a: 'Its approval stood at about 42% approval.', b: 'Of the voters, 42% approve.' })))
      .toEqual([['a:about 42% approval', 'b:42% approve']]);
  });

  it('compares a span of several people\'s ages with spans, not with anyone\'s age ("ranged in age from 46 to 73")', () => {
    const placed = place({
      a: 'Officials said Kelley, 26, killed himself. The dead ranged in age from 46 to 73.',
      b: 'The victims of the shooting range from 5 to 72 years of age. They were 46 to 73 years of age.',
      c: 'The suspected shooter was a 26-year-old white man.',
    });
    expect(grouped(placed)).toEqual([['a:26', 'c:26-year-old'], ['a:46 to 73', 'b:46 to 73 years of age']]);
  });

  it('compares counts of an indictment under the words outlets use for them ("14 counts", "14 federal charges")', () => {
    const placed = place({
      a: 'An indictment with 14 counts was filed in U.S. District Court.',
      b: 'But now the former governor and first lady face 14 federal charges.',
      c: 'The 14-count indictment culminated a lengthy investigation.',
    });
    expect(grouped(placed)).toEqual([['a:14 counts', 'b:14 federal charges', 'c:14-count']]);
  });

  it('compares counts of countries under the words outlets use for them ("six nations", "six countries")', () => {
    const placed = place({
      a: 'The order bars travel from six Muslim-majority countries.',
      b: 'The ban on travel from the six affected nations took effect.',
    });
    expect(grouped(placed)).toEqual([['a:six Muslim-majority countries', 'b:six affected nations']]);
  });

  it('compares counts of guns under the words outlets use for them ("three handguns", "three guns")', () => {
    const placed = place({
      a: 'The gunman carried three semi-automatic handguns into the club.',
      b: 'Police said the gunman carried three guns.',
      c: 'He had two rifles in the car.',
    });
    expect(grouped(placed)).toEqual([['a:three semi-automatic handguns', 'b:three guns']]);
  });

  it('compares a vague amount with amounts of its magnitude ("tens of thousands of emails", "hundreds of people")', () => {
    const placed = place({
      a: 'Mueller obtained tens of thousands of emails. Hundreds of people marched on Sunday.',
      b: 'The special counsel has tens of thousands of emails. More than 360 people marched.',
      c: 'The office holds thousands of emails. Dozens of people were arrested.',
    });
    // thousands are not tens of thousands, and dozens are not hundreds
    expect(grouped(placed)).toEqual([
      ['a:tens of thousands of emails', 'b:tens of thousands of emails'],
      ['a:Hundreds of people', 'b:More than 360 people'],
    ]);
  });

  it('groups small counts and lengths of time said in the same context, and only those', () => {
    const placed = place({
      a: 'The 11-year-old was showing two girls a shotgun. He served six years in prison for it.',
      b: 'The boy showed the two girls the shotgun. The committee asked for six years of tax returns.',
      c: 'Two girls were on the porch. Mnuchin refused to hand over the six years of returns.',
    });
    expect(grouped(placed)).toEqual([['a:two girls', 'b:two girls'], ['b:six years', 'c:six years']]);
    // without the words around them, such figures are not compared at all
    expect(groupFigures(placed.map(({ articleId, figure }) => ({ articleId, figure })))).toEqual([]);
  });

  it('reads the words that modify a small count\'s noun as its context ("four Republican senators"), not its number or qualifier', () => {
    const placed = place({
      a: 'There was a growing likelihood that at least four Republican senators would choose to call Bolton.',
      b: 'Democrats will need to convince four Republican Senators to gain enough votes.',
      c: 'Four Democratic senators stayed home.',
      d: 'Investigators said he was hit twice.',
      e: 'The FBI had investigated him twice before.',
    });
    expect(grouped(placed)).toEqual([['a:at least four Republican senators', 'b:four Republican Senators']]);
  });

  it('groups a count joined to its noun ("seven-term") without a shared context word', () => {
    const placed = place({
      a: '"Who are you!" the seven-term congressman demands.',
      b: 'Mr. Etheridge, a seven-term House member, can be seen on the video.',
    });
    expect(grouped(placed)).toEqual([['a:seven-term', 'b:seven-term']]);
  });

  it('groups no counts of people of different nationalities or parties by their value ("23 Russian diplomats", "23 British diplomats")', () => {
    const placed = place({
      a: 'Britain expelled 23 Russian diplomats over the poisoning.',
      b: 'Moscow said it would expel 23 British diplomats over the poisoning.',
      c: 'Britain expelled 23 Russian diplomats after the poisoning.',
      d: 'Two Democratic senators asked for the vote.',
      e: 'Two GOP senators asked for the vote.',
      f: 'Two Republican senators asked for the vote.',
    });
    expect(grouped(placed)).toEqual([['a:23 Russian diplomats', 'c:23 Russian diplomats'], ['e:Two GOP senators', 'f:Two Republican senators']]);
    // … when the articles give other values too, as one of nationality and one of party may be one count
    expect(grouped(place({
      a: 'Britain expelled 23 Russian diplomats. Russia has 58 diplomats in London.',
      b: 'Moscow said it would expel 23 British diplomats. Britain has 60 diplomats in Moscow.',
      c: 'Forty Republican senators voted.',
      d: 'Forty GOP senators voted.',
      e: 'Forty American senators voted.',
    }))).toEqual([['c:Forty Republican senators', 'd:Forty GOP senators', 'e:Forty American senators']]);
  });

  it('groups counts of times only when their contexts share a word ("shot him twice"), not any two "5 times"', () => {
    const placed = place({
      a: 'Pulliam shot the teen twice. The house was searched 5 times.',
      b: 'Police said Pulliam shot him twice in the abdomen. The senator ran 5 times.',
      c: 'The bill failed twice.',
    });
    expect(grouped(placed)).toEqual([['a:twice', 'b:twice']]);
  });

  it('groups every mention of a small count an article repeats once one of them shares a context', () => {
    // gva, the Short family: the first outlet names the children beside the count, the other says
    // "three children" again where its only shared word is elsewhere
    const placed = place({
      a: 'The victims were Mark Short, his wife, and the couple\'s three children: Liana, Mark and Willow.',
      b: 'The murder-suicide claimed the lives of three children. Police found the couple\'s three children in the house.',
    });
    expect(grouped(placed)).toEqual([['a:three children', 'b:three children', 'b:three children']]);
  });

  it('compares lengths of time across units', () => {
    const placed = place({
      a: 'Her speech came almost five decades after her own commencement speech.',
      b: 'It was 48 years after her commencement address that she returned.',
      c: 'The two sides agreed to a 72-hour truce in Gaza. Talks lasted six years.',
      d: 'A three-day truce took effect in Gaza. Talks lasted two years.',
    });
    expect(grouped(placed)).toEqual([['a:almost five decades', 'b:48 years'], ['c:72-hour truce', 'd:three-day truce']]);
    // 48 hours is not three days
    expect(groupFigures(place({ a: 'The truce in Gaza lasted 48 hours.', b: 'The truce in Gaza lasted three days.' }))).toEqual([]);
  });

  it('compares ordinals that pick one out of many only when they are equal', () => {
    const placed = place({
      a: 'Police named a second suspect on Friday.',
      b: 'The second suspect was caught in Lafayette.',
      c: 'A fourth suspect is still being sought.',
    });
    expect(grouped(placed)).toEqual([['a:second suspect', 'b:second suspect']]);
  });

  it('does not group figures that merely count the same kind of thing', () => {
    const placed = place({
      a: 'The bombs have been denounced by more than 100 countries.',
      b: 'He had received referrals from 39 countries.',
    });
    expect(groupFigures(placed)).toEqual([]);
  });

  it('groups equal counts of the same noun across outlets', () => {
    const placed = place({ a: 'He was carrying 1,300 rounds of ammunition.', b: 'Police found 1,300 rounds in his bag.' });
    expect(grouped(placed)).toEqual([['a:1,300 rounds', 'b:1,300 rounds']]);
  });

  it('groups one count each article gives once, when the values are close, and says they differ', () => {
    const placed = place({
      a: 'In a 48-page indictment released Tuesday, prosecutors listed the purchases.',
      b: 'The 47-page indictment says the couple spent the money.',
      c: 'The train was carrying 136 passengers. Later, 20 passengers got off.',
      d: 'It was carrying 139 passengers.',
    });
    const groups = groupFigures(placed);
    expect(grouped(placed)).toEqual([['a:48-page', 'b:47-page']]);
    expect(groups[0].disagreement).toMatch(/48.*47/);
    // one value each: 136 and 139 passengers group once the other count is gone
    expect(grouped(place({ c: 'The train was carrying 136 passengers.', d: 'It was carrying 139 passengers.' })))
      .toEqual([['c:136 passengers', 'd:139 passengers']]);
    // not values a quarter apart, nor shares
    expect(groupFigures(place({ a: 'Fire destroyed 200 homes.', b: 'Fire destroyed 260 homes.' }))).toEqual([]);
    expect(groupFigures(place({ a: 'He won 49.9 percent.', b: 'He won 48 percent.' }))).toEqual([]);
  });

  it('returns no group that stays inside one article', () => {
    const placed = place({
      a: 'Five people were shot. All five people survived. Hundreds of people gathered.',
      b: 'Hundreds of people gathered at the vigil.',
    });
    expect(grouped(placed)).toEqual([['a:Hundreds of people', 'b:Hundreds of people']]);
  });

  it('counts "All seven" with the victims and "shot seven times" as blows, not victims', () => {
    // three outlets on the shooting at Mr. G's Supper Club: "Seven people were shot …", "All seven were in
    // stable condition", "The 19-year-old woman was shot seven times"
    const ids = ['gva-03a4e523a2d5', 'gva-5641743f3ff1', 'gva-84be142cf073'];
    const groups = grouped(place(Object.fromEntries(ids.map((id) => [id, article('gva', id).text]))));
    const victims = groups.find((g) => g.includes('gva-84be142cf073:Seven people'));
    expect(victims).toEqual(expect.arrayContaining(['gva-84be142cf073:All seven', 'gva-03a4e523a2d5:Seven people']));
    expect(groups.flat().filter((m) => m.endsWith('seven times'))).toEqual([]);
    // blows are compared as counts of times are, by the words around them
    expect(grouped(place({ a: 'The victim was shot three times, police said.', b: 'The gunman shot the victim three times.', c: 'Seven people were shot. Three people were shot.' })))
      .toEqual([['a:three times', 'b:three times']]);
  });

  it('finds the seed story groups: day of the war, casualties, refugees', () => {
    const placed: PlacedFigure[] = loadArticles('seeds').flatMap((a) =>
      extractFigures(a.text).map((f, i) => ({ articleId: a.id, figure: { ...f, id: `${a.id}:f${i}` } as Figure })));
    const byId = new Map(placed.map((p) => [p.figure.id, p.figure.text]));
    const groups = groupFigures(placed).map((g) => g.members.map((id) => byId.get(id)).sort());
    expect(groups).toEqual(expect.arrayContaining([
      ['11th day', '12th day'],
      ['364 civilians', '759 wounded', 'At least 364 civilians', 'more than a thousand people'],
      ['more than 1.5 million people', 'more than a million people'],
    ]));
    expect(groups).toHaveLength(3);
  });
});
