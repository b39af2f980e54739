import fc from 'fast-check';
import { extractFigures } from '../../src/core/figures';
import type { FigureSpan } from '../../src/core/types';
import { article, loadArticles, paragraphWith } from '../support/shared';

/** The figures of `text` as [text, value] pairs, for compact expectations. */
const pairs = (text: string): Array<[string, number | null]> => extractFigures(text).map((f) => [f.text, f.value]);
const only = (text: string): FigureSpan => {
  const found = extractFigures(text);
  expect(found).toHaveLength(1);
  return found[0];
};
/** The figures of `text` as [text, what] pairs. */
const pairsWhat = (text: string): Array<[string, string]> => extractFigures(text).map((f) => [f.text, f.what]);

describe('extractFigures: numbers in digits and words', () => {
  it.each<[string, string, number | null]>([
    ['The UN counted 364 civilians.', '364 civilians', 364],
    ['They counted 1,123 civilians.', '1,123 civilians', 1123],
    ['Some 1.5 million people left.', 'Some 1.5 million people', 1.5e6],
    ['It hit a thousand homes.', 'a thousand homes', 1000],
    ['They found a dozen casings.', 'a dozen casings', 12],
    ['Nearly half a million people left.', 'Nearly half a million people', 5e5],
    ['It took twenty-five volunteers.', 'twenty-five volunteers', 25],
    ['It fed one hundred and twenty families.', 'one hundred and twenty families', 120],
    ['Tens of thousands marched.', 'Tens of thousands', null],
    ['There were hundreds of civilians there.', 'hundreds of civilians', null],
    ['He owned several hundred acres.', 'several hundred acres', null],
  ])('%s → %s', (sentence, text, value) => {
    const f = only(sentence);
    expect([f.text, f.value]).toEqual([text, value]);
  });

  it('reads percentages, shares and money', () => {
    // a share is the fraction itself
    const rounded = (f: { value: number | null }) => (f.value === null ? null : Math.round(f.value * 1000) / 1000);
    expect(extractFigures('Support fell to 39% and then 39 percent; two-in-three voters agreed.').map(
      (f) => [f.text, f.kind, rounded(f)],
    )).toEqual([['39%', 'percent', 39], ['39 percent', 'percent', 39], ['two-in-three voters', 'share', 0.667]]);
    expect(extractFigures('Two-thirds of voters and three out of four doctors agreed.').map((f) => [f.text, f.kind, rounded(f)]))
      .toEqual([['Two-thirds', 'share', 0.667], ['three out of four doctors', 'share', 0.75]]);
    expect(extractFigures('They counted slaves as “three fifths of all other persons.” Nearly half of them agreed; the other half left.')
      .map((f) => [f.text, f.kind, rounded(f)])).toEqual([['three fifths', 'share', 0.6], ['Nearly half', 'share', 0.5], ['half', 'share', 0.5]]);
    // not half of a unit (half a century is 50 years), a place or a compound
    expect(pairs('It took an hour and a half of talks, for more than half a century; the lower half of his body; half-hearted; half of a point.'))
      .toEqual([['an hour and a half', 1.5], ['more than half a century', 50]]);
    expect(extractFigures('The fund got $2.5bn, the club £3m and the city 40 million euros.').map(
      (f) => [f.text, f.kind, f.value],
    )).toEqual([['$2.5bn', 'money', 2.5e9], ['£3m', 'money', 3e6], ['40 million euros', 'money', 4e7]]);
  });

  it('reads ranges as their low end with the high end as qualifier', () => {
    expect(only('Police say two to three masked gunmen broke in.')).toMatchObject({
      text: 'two to three masked gunmen', value: 2, qualifier: 'to 3',
    });
    expect(only('Between 10-12 people were hurt.')).toMatchObject({ text: '10-12 people', value: 10, qualifier: 'to 12' });
    expect(only('Between 200 and 300 people were killed.')).toMatchObject({
      text: 'Between 200 and 300 people', value: 200, qualifier: 'to 300', what: 'people killed',
    });
    expect(only('It is abuse with anyone between 12 and 16 years old.')).toMatchObject({
      text: 'between 12 and 16 years old', value: 12, qualifier: 'to 16', what: 'age',
    });
    expect(pairs('It was between 9 and 10 p.m., between 2014 and 2016, a fight between 2 men and police.')).toEqual([['2 men', 2]]);
  });

  it('counts "at least one" of something, and a one-word noun after it, but no other "one" of a group', () => {
    expect(only('At least one of the victims was a teenager.')).toMatchObject({ text: 'At least one', value: 1, what: 'victims' });
    expect(only('And at least one expert doubted the claim.')).toMatchObject({ text: 'at least one expert', value: 1, what: 'expert' });
    expect(pairs('One of the lawyers left. It is just one of the problems.')).toEqual([]);
  });

  it('counts the people a capitalised group names before a verb ("59 percent of Americans think"), not a name ending in -s', () => {
    expect(pairsWhat('59 percent of Americans think so, and 68% of Latinos report worry; Fourteen Republicans promise to filibuster.'))
      .toEqual([['59 percent', 'americans'], ['68%', 'latinos'], ['Fourteen Republicans', 'republicans']]);
    expect(pairsWhat('40 percent of Millennials favor it.')).toEqual([['40 percent', 'millennials']]);
    expect(pairsWhat('He visited dozens of Dallas health care workers and three British Airways aircraft.'))
      .toEqual([['dozens of Dallas health care workers', 'workers'], ['three British Airways aircraft', 'aircraft']]);
  });

  it('reads ages given "of age", as a span "ranged in age from", and named before them ("Crystal Bingham, 36 years old,")', () => {
    expect(only('Police said the victims ranged in age from about 18 to 24.')).toMatchObject({ value: 18, qualifier: 'to 24', what: 'age' });
    expect(only('The victims of the shooting range from 5 to 72 years of age.')).toMatchObject({ text: '5 to 72 years of age', what: 'age' });
    expect(only('David Bacon, 52 years of age from Beaverton, was held.')).toMatchObject({ value: 52, what: 'age of David Bacon' });
    expect(only('Crystal Bingham, 36 years old, was arrested.')).toMatchObject({ value: 36, what: 'age of Crystal Bingham' });
    // not months, nor an "age-old" quarrel
    expect(pairsWhat('Her siblings ranged in age from seven months to 13. It took 5 years of age-old fights.').map(([, what]) => what))
      .not.toContain('age');
  });

  it('counts a noun in scare quotes (two “persons of interest”, the seven Democratic House “managers”)', () => {
    expect(pairsWhat('Police took into custody two “persons of interest” — a man and a woman.')).toEqual([['two “persons of interest”', 'persons']]);
    expect(pairsWhat('The seven Democratic House “managers” prosecuting the case said so.')).toEqual([['seven Democratic House “managers”', 'managers']]);
    // not a quoted number or a quoted name
    expect(pairs('He said "two" words and met three "Angry Democrats".')).toEqual([]);
  });

  it('keeps surnames, scores, improper fractions, months and limits out of the newer readings', () => {
    expect(pairsWhat('Two Harris campaign aides resigned.')).toEqual([['Two Harris campaign aides', 'aides']]);
    expect(pairsWhat('The victims ranged in age from 6 to 18 months.').map(([, what]) => what)).not.toContain('age');
    expect(pairsWhat('The Yankees won, 5-3, on Sunday.').map(([, what]) => what)).not.toContain('votes');
    expect(extractFigures('The two halves of the country disagree.').map((f) => f.kind)).not.toContain('share');
    expect(pairsWhat('Mahmood said half the group sought cover.')).toEqual([['half', 'group']]);
    expect(pairsWhat('They must be 18 years of age to vote.').map(([, what]) => what)).not.toContain('age');
  });

  it('reads a rank ("the No. 2 job", "No. 3 in the leadership"), not a case number, a list point or a name', () => {
    expect(pairsWhat('Hoyer kept the No. 2 job, and he moved up from No. 3 in the leadership.')).toEqual([['No. 2 job', 'rank'], ['No. 3', 'rank']]);
    expect(pairs('The case, Wal-Mart Stores v. Dukes, No. 10-277, is old. She lives at No. 10 Downing Street.')).toEqual([]);
    expect(pairs('She said: "No. 1, Ukraine received the aid."')).toEqual([]);
  });

  it('reads two neighbouring numbers joined by "or" as a range', () => {
    expect(only('Students said they heard six or seven shots.')).toMatchObject({
      text: 'six or seven shots', value: 6, qualifier: 'to 7', what: 'shots',
    });
    expect(only('We used to hire 50 or 60 workers.')).toMatchObject({ text: '50 or 60 workers', value: 50, qualifier: 'to 60' });
    // not numbers far apart, written differently, or a bound
    expect(pairs('Choose 3 or 40 items.')).toEqual([['40 items', 40]]);
    expect(pairs('He saw two or 3 cars.')).toEqual([['3 cars', 3]]);
    expect(only('It affects 50 or more workers.')).toMatchObject({ value: 50, qualifier: 'or more' });
  });

  it('reads ordinals that count days, and ages', () => {
    const day = only('On the 12th day of its war against Ukraine, troops advanced.');
    expect(day).toMatchObject({ text: '12th day', value: 12, kind: 'ordinal', what: 'day of the war' });
    expect(only('Sunday marks the eleventh day of the invasion.')).toMatchObject({ value: 11, what: 'day of the war' });
    expect(only('It was Day 12 of the invasion.')).toMatchObject({ text: 'Day 12', value: 12, what: 'day of the war' });
    expect(only('On the war’s 12th day, talks resumed.')).toMatchObject({ value: 12, what: 'day of the war' });
    expect(only('A 14-month-old was hurt.')).toMatchObject({ text: '14-month-old', value: 14, kind: 'measure' });
  });

  it.each<[string, string, number, string]>([
    ['Alexis Malone, 17, was found dead.', '17', 17, 'age of Alexis Malone'],
    ['It rests on allegations made by Leigh Corfman, now 53.', '53', 53, 'age of Leigh Corfman'],
    ['She said Moore, then 32, took her to his home.', '32', 32, 'age of Moore'],
    ['Police named Cesar Sayoc Jr., 56, of Aventura.', '56', 56, 'age of Cesar Sayoc'],
    ['Dennis Clark III, 27, fatally shot his girlfriend.', '27', 27, 'age of Dennis Clark'],
    ['It fell to Senator Chuck Schumer of New York, 66, who leads them.', '66', 66, 'age of Chuck Schumer'],
    // a month that ends a name, and an appositive closed by a dash
    ['Bernard August, 61, said the shooting was a blow.', '61', 61, 'age of Bernard August'],
    ['Marcela Dia Franco, 26 — who was with her father — died.', '26', 26, 'age of Marcela Franco'],
  ])('reads an age in apposition: %s', (sentence, text, value, what) => {
    expect(only(sentence)).toMatchObject({ text, value, kind: 'measure', what });
  });

  it('reads a month before a comma and a number as a date, not a name, unless a name ends with it', () => {
    expect(extractFigures('The count peaked in August, 61, and fell in May.').map((f) => f.what)).not.toContain('age of August');
    expect(extractFigures('In March, 40, or nearly half, were released.').map((f) => f.what)).not.toContain('age of March');
    // a score or a vote written with a dash is no age
    expect(extractFigures('Duke beat Kentucky, 75–70, on Saturday.').map((f) => f.what)).not.toContain('age of Kentucky');
    expect(extractFigures('The Senate confirmed Kavanaugh, 50 – 48, on Saturday.').map((f) => f.what)).not.toContain('age of Kavanaugh');
    // "… and Karen, 2 — to Walt Disney World": the last of a list of ages, closed by a dash
    expect(pairsWhat(paragraphWith('gva', 'Laura, 5, Leigh, 4, and Karen, 2'))).toEqual(expect.arrayContaining([['2', 'age of Karen']]));
  });

  it('names the person an "N-year-old" is followed by, as an apposed age does', () => {
    expect(only('Webb and 18-year-old Brian Davis died after gunfire rang out.')).toMatchObject({ value: 18, what: 'age of Brian Davis' });
    expect(only('A 7-year-old Chicago boy was shot.')).toMatchObject({ value: 7, what: 'age' });
    expect(only('A 6-year-old Beaufort County girl died.').what).toBe('age');
    expect(only('Police named 40-year-old Mark Jason Short Sr. as the gunman.').what).toBe('age of Mark Short');
    // a nickname in quotation marks inside the name
    expect(only('A Shelton man, 37-year-old Savonie “Vahnnie” McNeil, was killed.').what).toBe('age of Savonie McNeil');
    // initials are part of a name, never the name; a rank before a number is no name
    expect(only('The 46-year-old John F. Kennedy spoke.').what).toBe('age of John Kennedy');
    expect(only('The victim, a 26-year-old U.S. Navy logistics specialist, underwent surgery.').what).toBe('age');
    expect(extractFigures(paragraphWith('gva', '26-year-old Logistics Specialist 2nd Class')).find((f) => f.value === 26)?.what).toBe('age');
  });

  it('reads an age limit as the minimum or maximum age, in the words outlets use for one', () => {
    expect(pairsWhat(paragraphWith('gva', 'Saturday nights are 21 and above'))).toEqual(expect.arrayContaining([
      ['over the age of 18', 'minimum age'], ['21 and above', 'minimum age']]));
    expect(pairsWhat('It has nights for students 18 and older and for adults (ages 21+). “Yes.” Anyone 21 or older may buy it.'))
      .toEqual([['18 and older', 'minimum age'], ['21+', 'minimum age'], ['21 or older', 'minimum age']]);
    expect(pairsWhat('Laylah is the third child under age 13 to die. Four children under 13 had been killed; adults over 21 may vote.'))
      .toEqual([['third child', 'child'], ['under age 13', 'maximum age'], ['Four children', 'children'], ['under 13', 'maximum age'],
        ['over 21', 'minimum age']]);
    expect(only('Children under the age of 18 may not enter.')).toMatchObject({ value: 18, what: 'maximum age', qualifier: 'under' });
    // not a bound of another number, a price, a count of hours or things, or a weight
    expect(pairsWhat('At 40 and over 100 pounds, he ran for 14+ hours past 100+ animals. Tickets cost $20 and up.'))
      .toEqual([['over 100 pounds', 'pounds'], ['$20', '']]);
    expect(extractFigures('Children under 13 pounds ride in a seat.').map((f) => f.what)).not.toContain('maximum age');
    expect(pairsWhat('Children under 12 eat free. Residents over 65 make up a quarter.'))
      .toEqual([['under 12', 'maximum age'], ['over 65', 'minimum age']]);
    // said of no one, or not ending the phrase
    expect(pairsWhat('When she was 12 and under pressure, she quit. He was 17 and older boys bullied him.'))
      .toEqual([['12', 'age'], ['17', 'age']]);
    expect(extractFigures('Prices rose 5 and up to 10 percent. Gifts $25 and under sell. Gusts reached 60 and above. Sizes 8 and up. '
      + 'Republicans hold a 20+ point lead.').map((f) => f.what)).not.toEqual(expect.arrayContaining([expect.stringMatching(/ age$/)]));
  });

  it('reads "as young as 15" and "the age restriction to 15" as the limit they state', () => {
    expect(pairsWhat(paragraphWith('allsides', 'would be made available without a prescription for girls as young as 15'))).toEqual(
      expect.arrayContaining([['as young as 15', 'minimum age']]));
    expect(pairsWhat(paragraphWith('allsides', 'Lowering the age restriction to 15'))).toEqual(expect.arrayContaining([['age restriction to 15', 'minimum age']]));
    expect(pairsWhat('The prior age limit was 17. Patients as old as 90 took part. Girls as young as six came.'))
      .toEqual([['age limit was 17', 'minimum age'], ['as old as 90', 'maximum age'], ['as young as six', 'minimum age']]);
    expect(pairsWhat(paragraphWith('allsides', 'set an age restriction of 17 years'))).toContainEqual(['age restriction of 17 years', 'minimum age']);
    // "years of age" after a limit or a qualifier
    expect(pairsWhat(paragraphWith('allsides', 'not for sale to those under 15 years of age'))).toContainEqual(['under 15 years of age', 'maximum age']);
    expect(pairsWhat(paragraphWith('gva', 'The female is described as White approximately 30 to 35 years of age'))).toContainEqual(['approximately 30 to 35 years of age', 'age']);
    // the youngest of those an event hit is an age, not a limit; an upper limit is a maximum
    expect(pairsWhat(paragraphWith('gva', 'Kids as young as 13 were riddled with bullets'))).toContainEqual(['as young as 13', 'age']);
    expect(pairsWhat('An upper age limit of 35 was set.')).toEqual([['age limit of 35', 'maximum age']]);
    // a length of time or a measure after the number is no age
    expect(pairsWhat('Babies as young as six months were hurt. The tumor grew as large as 3 inches.'))
      .toEqual([['six months', 'months'], ['3 inches', 'inches']]);
  });

  it('names the person an appositive "a N-year-old" describes, not a place set before the clause', () => {
    expect(only('Randall Smith, a 26-year-old U.S. Navy logistics specialist, underwent surgery.').what).toBe('age of Randall Smith');
    expect(only('The gunman was identified as Ali Syed, a 20-year-old who lived at the home.').what).toBe('age of Ali Syed');
    expect(only('“It was loud,” said Sam Osborne, an 18-year-old student.').what).toBe('age of Sam Osborne');
    expect(only('Kelly, a 23-year-old nurse, died.').what).toBe('age of Kelly');
    expect(only('In Chicago, police said Sam Osborne, a 23-year-old, died.').what).toBe('age of Sam Osborne');
    expect(only('He may have sought revenge against Rolando Pizarro, the 45 year-old, who was the target.').what).toBe('age of Rolando Pizarro');
    expect(only('A freshman at Capital High School, the 15-year-old was interested in cars.').what).toBe('age');
    expect(only('The first bombing killed Anthony Stephan House, a 39-year-old black man.').what).toBe('age of Anthony House');
    expect(only('Mr. Church, 66, died.').what).toBe('age of Church');
    for (const opening of ['In Chicago', 'At Roosevelt High School', 'In downtown Chicago', 'In the neighborhood of Englewood',
      'According to Chicago Police', 'Meanwhile', 'Tragically']) {
      expect(only(`${opening}, a 23-year-old man died.`).what).toBe('age');
      expect(only(`${opening}, the 23-year-old man died.`).what).toBe('age');
    }
  });

  it('ends a count\'s noun before the ages that follow it ("Two children ages 5 and 7 were hurt")', () => {
    expect(pairsWhat('Two children ages 5 and 7 were hurt.').slice(1)).toEqual([['ages 5', 'age'], ['7', 'age']]);
    expect(extractFigures('Two children ages 5 and 7 were hurt.')[0].text).toBe('Two children');
    // a count after the list is no age
    expect(pairsWhat('Of the victims, ages 16, 17 and 19, two were in critical condition.').map(([, what]) => what))
      .toEqual(['age', 'age', 'age', expect.not.stringMatching(/age/)]);
    expect(pairsWhat('Three children ages 12 and under have been hurt.')).toEqual([['Three children', 'children'], ['12 and under', 'maximum age']]);
  });

  it('reads an age set off after "his age" ("His age, 75, could be problematic"), not any number after "age"', () => {
    expect(only('Senior officials doubted Mr. Lieberman. His age, 75, could be problematic, they said.')).toMatchObject({ value: 75, what: 'age' });
    expect(extractFigures('The age, 75 years, is a limit. The voting age, 18, stays.').map((f) => f.what)).not.toContain('age');
  });

  it('reads the age set off after a man or a woman the article does not name ("Another man, 81, died")', () => {
    expect(extractFigures(paragraphWith('allsides', 'Another man, 81, died')).map((f) => [f.text, f.what])).toContainEqual(['81', 'age']);
    expect(pairs('A woman, 22, was shot in the head.')).toEqual([['22', 22]]);
    // a headline capitalises the noun, which still names nobody
    expect(only('Family Speaks Out After Shooting Wounds Boy, 5, in His Home\n\nThe boy is recovering.')).toMatchObject({ value: 5, what: 'age' });
    // … and one that ends with its source in lower case
    expect(only('Man, 45, Shot Dead Outside Bar in Detroit, police say\n\nThe man died.')).toMatchObject({ value: 45, what: 'age' });
    // … and so does a headline in sentence case, or a sentence, that opens with it
    expect(extractFigures(article('gva', 'gva-326394ec7c85').text).find((f) => f.start === 6)).toMatchObject({ text: '4', what: 'age' });
    expect(only('Boy, 7, shot in Sandusky today\n\nA child was flown to a hospital.')).toMatchObject({ value: 7, what: 'age' });
    expect(only('Police named him. Gary Boy, 30, was arrested.')).toMatchObject({ value: 30, what: 'age of Gary Boy' });
    // a distance set off after a man is no age
    expect(only('He said the man, 30 feet away, ran.')).toMatchObject({ what: 'feet' });
  });

  it('names the person of an age with their given name, past a nickname and titles, in a sentence full of names', () => {
    expect(extractFigures(paragraphWith('gva', 'reported the death of Mark “Cornbread” Cormier, 54')).map((f) => f.what)).toContain('age of Mark Cormier');
    expect(only('The victims were Candace “Candy” Cormier, 61, and her son.').what).toBe('age of Candace Cormier');
    expect(only('Kerr County Sheriff Rusty Hierholzer, 60, spoke to reporters about the case.').what).toBe('age of Rusty Hierholzer');
    // nor a word for a role before the name, and a given name that is also a common word still names
    expect(only('Neighbor Jane Doe, 61, saw it happen in the yard.').what).toBe('age of Jane Doe');
    // (a common word opening the sentence is no given name, nor is the word for a role)
    expect(only('Yet Richard Simmons, 63, a butcher, voted for him.').what).toBe('age of Simmons');
    expect(extractFigures('Police identified Will Short. Will, 33, died at the scene of the crash.').map((f) => f.what)).toEqual(['age of Will Short']);
  });

  it('names the person of an age past a possessive ("18-year-old Michael Brown’s body"), not a role\'s or another\'s', () => {
    expect(only('The FBI conducted an autopsy of 18-year-old Michael Brown’s body.').what).toBe('age of Michael Brown');
    expect(only('Police found the body of a 21-year-old Alameda County Sheriff’s volunteer.').what).toBe('age');
    expect(only('A close friend of Bonner’s, a 14-year-old Pontiac boy, was hurt.').what).toBe('age');
    // after "a", the age is of the noun after the possessive name
    expect(only('A 30-year-old Trader Joe’s manager was shot.').what).toBe('age');
  });

  it('keeps a surname\'s particles in the name of an age ("Sandra De Jesus, 65,", "Bill de Blasio, 54,")', () => {
    expect(extractFigures(paragraphWith('gva', 'Sandra De Jesus, 65,')).map((f) => f.what)).toContain('age of Sandra De Jesus');
    expect(only('The governor met with the mayor, Bill de Blasio, 54, on a visit to the city.').what).toBe('age of Bill de Blasio');
    expect(only('The 48-year-old Marine Le Pen won.').what).toBe('age of Marine Le Pen');
  });

  it('names an age given with a first name in full by the surname the article gives that name', () => {
    const found = extractFigures('Police identified Megan L. Short. The victims were Megan, 33, and Liana, 8.');
    expect(found.map((f) => f.what)).toEqual(['age of Megan Short', 'age of Liana']);
    // a word that ends a name is a surname, whatever it also starts
    expect(only('Donald Trump was at Trump Tower. Trump, 72, spoke.').what).toBe('age of Trump');
  });

  it('reads the ages of a real victim list, each by its person', () => {
    const paragraph = paragraphWith('gva', 'Samir Zawahri, 55 (shot at home)');
    const ages = extractFigures(paragraph).filter((f) => f.what.startsWith('age of '));
    expect(ages.map((f) => [f.text, f.what]).slice(0, 2)).toEqual([['55', 'age of Samir Zawahri'], ['24', 'age of Christopher Zawahri']]);
    // (not the table's heading "Others" that runs into the next name)
    expect(ages.map((f) => [f.text, f.what])[2]).toEqual(['68', 'age of Carlos Franco']);
  });

  it('reads counts and lengths written as hyphenated compounds, a suspended hyphen included', () => {
    expect(only('Hutchinson on Tuesday released a 225-page report on school safety.')).toMatchObject({
      text: '225-page', value: 225, kind: 'count', what: 'page',
    });
    expect(only('The six-month period before the U.S. pulls out')).toMatchObject({ value: 6, kind: 'measure' });
    expect(extractFigures('Police Seek Shooter in Slayings of 14- and 18-Year-Olds').map((f) => [f.value, f.what]))
      .toEqual([[14, 'age'], [18, 'age']]);
    expect(only('They must take a 40- to 60-hour training course.')).toMatchObject({ value: 40, qualifier: 'to 60' });
    expect(pairs('He backed a two-state solution at a 7-Eleven.')).toEqual([]);
    // "one" joined to its unit is a length; alone it is an idiom ("one day he left")
    expect(only('It announced a one-year delay on Tuesday.')).toMatchObject({ text: 'one-year delay', value: 1, kind: 'measure' });
    expect(pairs('One day he left.')).toEqual([]);
  });

  it('reads lengths of time after "next" and "past" and before "after", "later" or "ago"', () => {
    expect(only('NATO urged Russia to use the next six months to comply.')).toMatchObject({ text: 'six months', value: 6 });
    expect(only('It has, over the past 60 days, proven its disinterest.')).toMatchObject({ text: '60 days', value: 60 });
    expect(only('The speech came more than six months after her defeat.')).toMatchObject({ value: 6, qualifier: 'more than' });
    expect(only('Three months later, Gorbachev became the Soviet leader.')).toMatchObject({ text: 'Three months', value: 3 });
    expect(pairs('Two days ago the police came.')).toEqual([['Two days', 2]]);
    // after a capitalised word, which would otherwise name the number ("Windows 10")
    expect(pairs(paragraphWith('gva', 'met Rashid 40 years'))).toContainEqual(['40 years', 40]);
    expect(pairs(paragraphWith('allsides', 'Good Friday 21 years ago'))).toContainEqual(['21 years', 21]);
    // one night spent, not one night in a story
    expect(pairs(paragraphWith('allsides', 'spend one night in Doonbeg'))).toContainEqual(['one night', 1]);
    expect(pairs('One night last week he left. The storm lasted one day. It will last one night.')).toEqual([['one day', 1], ['one night', 1]]);
  });

  it('reads each side of a vote tally, not scores', () => {
    expect(extractFigures(paragraphWith('basil', 'The House approved the plan 234-193.')).filter((f) => f.what === 'votes')
      .map((f) => f.value)).toEqual([234, 193]);
    expect(pairs('The Senate passed the bill on a 25-6 vote.')).toEqual([['25', 25], ['6', 6]]);
    expect(pairs('The Lakers won 110-98 after a 3-2 lead.')).toEqual([]);
    // a court's decision is its justices' votes: "the 5-4 decision in Bush v. Gore", "ruled 6-3"
    expect(extractFigures(paragraphWith('basil', 'And the 5-4 decision in Bush v. Gore')).filter((f) => f.what === 'votes')
      .map((f) => f.value)).toEqual([5, 4]);
    expect(pairs('The Supreme Court ruled 6-3 to strike it down.')).toEqual([['6', 6], ['3', 3]]);
    // a game's or a fight's decision is a score
    for (const game of ['The Bruins dropped a 4-3 decision to Montreal on Saturday.', 'Boston won a 2-1 decision over Toronto.'])
      expect(extractFigures(game).filter((f) => f.what === 'votes')).toEqual([]);
    // "228 to 191": the winning side first; "from 52 to 51" and "10 to 15 members" are no tally
    expect(extractFigures(paragraphWith('basil', 'by a vote of 228 to 191')).filter((f) => f.what === 'votes').map((f) => f.value))
      .toEqual([228, 191]);
    expect(pairs('It cut the majority from 52 to 51 and grew from 10 to 15 members.')).toEqual([['10 to 15 members', 10]]);
    // "134-to-63", and a win whose tally is set off by a comma
    expect(pairs('She won by a 134-to-63 vote.')).toEqual([['134', 134], ['63', 63]]);
    expect(pairs('Ms. Pelosi won, 134 to 63, and in a narrow victory, 98 to 96, Ms. Sánchez won.').map(([, v]) => v)).toEqual([134, 63, 98, 96]);
  });

  it('reads "twice", hyphenated hundreds and a group named by a capitalised plural', () => {
    expect(only('Republicans have repeatedly ambushed Democrats — twice successfully.')).toMatchObject({ value: 2, what: 'times' });
    expect(pairs('She did not think twice about the twice-daily checks.')).toEqual([]);
    expect(only('One-hundred candidates signed it.')).toMatchObject({ value: 100, what: 'candidates' });
    expect(only('Close to three dozen House Democrats have signed a letter.')).toMatchObject({ value: 36, what: 'democrats' });
  });

  it('reads ages stated as a predicate of a person, not other "was N" clauses', () => {
    expect(extractFigures('One woman, Leigh Corfman, said she was 14 when Moore took her home.').map((f) => [f.text, f.what]))
      .toContainEqual(['14', 'age']);
    expect(only('Pinckney, who was 42, first answered the call to preach.')).toMatchObject({ value: 42, what: 'age' });
    // a name, a relative clause about it, and then its age
    expect(extractFigures(paragraphWith('allsides', 'industry, was 77.')).map((f) => [f.text, f.what])).toContainEqual(['77', 'age']);
    expect(pairsWhat('The toll, which rose overnight, was 12. The Senate, which voted, was 51.')).not.toContainEqual(['12', 'age']);
    expect(only('He died Thursday morning at the age of 77.')).toMatchObject({ value: 77, what: 'age' });
    expect(only('A man aged 23 was arrested.')).toMatchObject({ value: 23, what: 'age' });
    expect(only('Berry disappeared at age 16 on her way home.')).toMatchObject({ value: 16, what: 'age' });
    expect(extractFigures('Children under age 18 may not enter.').filter((f) => f.what === 'age')).toEqual([]);
    // (the score and "that" have a number, no age)
    expect(pairsWhat('It was 14 when the score was 3 and that was 12.')).toEqual([['3', ''], ['12', '']]);
    // a limit is nobody's age
    expect(extractFigures('Police say the victim is under the age of 18.').filter((f) => f.what === 'age')).toEqual([]);
    // the age someone turns
    expect(only('He just turned 40 in April.')).toMatchObject({ value: 40, what: 'age' });
    expect(only('Petraeus, who turned 60 on Wednesday, resigned.')).toMatchObject({ value: 60, what: 'age' });
    expect(only('The ship turned 180 degrees.').what).not.toBe('age');
  });

  it('counts the noun after "more" and after capitalised modifiers, not a caption\'s numbering', () => {
    expect(pairs('It failed after two more senators announced opposition.')).toEqual([['two more senators', 2]]);
    expect(pairs('He said 10 more than last year.')).toEqual([]);
    expect(only('She said nearly two dozen White House aides were given clearances.'))
      .toMatchObject({ text: 'nearly two dozen White House aides', value: 24, what: 'aides' });
    expect(only('He opened fire on two San Diego police officers.')).toMatchObject({ text: 'two San Diego police officers', what: 'officers' });
    // a name before a possessive is no modifier: "Park County sheriff's SUVs"
    expect(pairs('It included two Park County sheriff’s SUVs.')).toEqual([]);
    expect(pairs('Photo: Image 8 of 10 San Antonio police investigate a shooting.')).toEqual([]);
    // each side of a majority, like each side of a vote
    expect(pairs('Republicans hold a bare 52-48 majority in the upper chamber.')).toEqual([['52', 52], ['48', 48]]);
  });

  it('counts the noun after capitalised modifiers that follow another modifier ("two senior White House officials")', () => {
    expect(only('The list names two current senior White House officials.'))
      .toMatchObject({ text: 'two current senior White House officials', what: 'officials' });
    expect(only('It happened in two upstate New York villages.')).toMatchObject({ text: 'two upstate New York villages', what: 'villages' });
  });

  it('counts the noun after a compound of capitalised words ("four African-American protestors") and a body\'s "faculty"', () => {
    expect(extractFigures(paragraphWith('allsides', 'four African-American protestors directed')).map((f) => [f.text, f.what]))
      .toContainEqual(['four African-American protestors', 'protestors']);
    expect(extractFigures(paragraphWith('basil', 'nearly 90 Georgetown University faculty')).map((f) => [f.text, f.value, f.what]))
      .toContainEqual(['nearly 90 Georgetown University faculty', 90, 'faculty']);
  });

  it('counts the plural after capitalised modifiers and one common modifier ("13 senior Trump transition officials")', () => {
    expect(only('It held emails of 13 senior Trump transition officials.'))
      .toMatchObject({ text: '13 senior Trump transition officials', what: 'officials' });
    expect(only('Two Obama administration officials spoke.')).toMatchObject({ text: 'Two Obama administration officials', what: 'officials' });
  });

  it('counts a group named in capitals after a common modifier ("five senior Missouri Republicans")', () => {
    expect(only('Later, five senior Missouri Republicans urged him to quit.'))
      .toMatchObject({ text: 'five senior Missouri Republicans', what: 'republicans' });
    expect(only('But 38 other Senate Democrats joined Murphy.')).toMatchObject({ text: '38 other Senate Democrats', what: 'democrats' });
    // a name after a modifier is still no noun of the count
    expect(only('He was one of three top aides Ted Cruz named.')).toMatchObject({ what: 'aides' });
  });

  it('takes a fourth word when it is the plural the first three modify ("two federal law enforcement officials")', () => {
    expect(only('It cited two federal law enforcement officials.')).toMatchObject({ text: 'two federal law enforcement officials', what: 'officials' });
    expect(only('Two former state police officers testified.')).toMatchObject({ what: 'officers' });
    // not across a participle: the video is what was released, not the months
    expect(only('It was a 36-second video released online months after.')).not.toMatchObject({ what: expect.stringContaining('months') });
  });

  it('counts the noun after a country\'s dotted initials ("four U.S. Marines")', () => {
    expect(only('Four U.S. Marines were killed Thursday by the gunman.')).toMatchObject({ text: 'Four U.S. Marines', value: 4, what: 'marines killed' });
    expect(only('The shooting killed five U.S. servicemen.')).toMatchObject({ text: 'five U.S. servicemen', what: 'servicemen killed' });
    expect(only('He opened fire at two U.S. military buildings.')).toMatchObject({ text: 'two U.S. military buildings', what: 'buildings' });
    // initials without their dots, glued to a word, are still a name: "2 U.S.A. Today"
    expect(pairs('He read 2 U.S.A. Today stories.')).toEqual([]);
  });

  it('counts the noun past a hyphenated modifier and after "US"', () => {
    const missiles = paragraphWith('allsides', '16 short-range ballistic missiles');
    expect(extractFigures(missiles).map((f) => [f.text, f.what])).toContainEqual(['16 short-range ballistic missiles', 'missiles']);
    expect(only('Griego reloaded his parents\' two semi-automatic rifles.')).toMatchObject({ text: 'two semi-automatic rifles', what: 'rifles' });
    expect(only('Iran fired missiles at two US military bases.')).toMatchObject({ text: 'two US military bases', what: 'bases' });
    // a verb after a share is not what it counts
    expect(only('Rates for the top 2% go up.')).toMatchObject({ text: '2%', what: '' });
  });

  it('reads each number listed after "ages" as an age', () => {
    const daughters = paragraphWith('gva', 'three daughters, ages 11, 10 and 7');
    expect(extractFigures(daughters).filter((f) => f.what === 'age').map((f) => [f.text, f.value])).toEqual([
      ['ages 11', 11], ['10', 10], ['7', 7],
    ]);
    expect(pairs('Police say two children, ages 3 and 6, were left alone in the car.')).toEqual([['two children', 2], ['ages 3', 3], ['6', 6]]);
    expect(pairs('Eight boys, ages 11-16, remain in the cave.')).toEqual([['Eight boys', 8], ['ages 11-16', 11]]);
    // an age limit is nobody's age: a limit of its own
    expect(pairsWhat('It is sold to those ages 15 and older.')).toEqual([['15 and older', 'minimum age']]);
  });

  it('counts everyone of a group ("All three were found dead") and a part of one ("11 of which hit")', () => {
    expect(only('All three were found dead inside the vehicle.')).toMatchObject({ text: 'All three', value: 3 });
    expect(pairs('He ran all three of them over.')).toEqual([['all three', 3]]);
    const missiles = paragraphWith('allsides', 'at least 11 of which hit');
    expect(pairs(missiles)).toContainEqual(['at least 11', 11]);
    expect(pairs('The attack left 141 people dead, 132 of which were children.')).toEqual([['141 people', 141], ['132', 132]]);
    // still no pronoun: "one of them"
    expect(pairs('One of them was hurt.')).toEqual([]);
  });

  it('counts a part of a group by the group\'s noun, with what happened to the part ("four people shot, two of whom are deceased")', () => {
    const whats = (text: string): string[] => extractFigures(text).map((f) => f.what);
    expect(whats(paragraphWith('gva', 'two of whom are deceased'))).toContain('people killed');
    expect(whats(paragraphWith('gva', 'have been shot — eight of them fatally'))).toEqual(['people shot', 'people killed']);
    expect(whats('They took 170 people hostage, killing at least three of them.')).toEqual(['people', 'people killed']);
    expect(whats('The investigation heard 17 officials, 12 of whom appeared in public.')).toEqual(['officials', 'officials']);
    // "one of them" with nothing that happened to it is a pronoun; a larger part is no part
    expect(whats('The nine people met, and one of them spoke to reporters.')).toEqual(['people']);
    expect(whats('Two people were shot, 12 of them in the legs.')).toEqual(['people shot', '']);
    // a whole said by its number alone: "three of the four — … — were born"
    expect(extractFigures(paragraphWith('allsides', 'even though three of the four — Ocasio-Cortez')).map((f) => f.text)).toContain('three');
    expect(pairs('Police released the names of seven of the 12 killed. One of the two died. Five of the 5 left.'))
      .toEqual([['seven', 7], ['12 killed', 12], ['two died', 2]]);
    expect(pairs('One of the two victims spoke to reporters.')).toEqual([['two victims', 2]]);
    // what the part did is not what happened to it; a group in the sentence before is not the whole
    expect(whats('Five officers responded to the call, two of whom shot the suspect.')).toEqual(['officers', 'officers']);
    expect(whats('Four people were shot. Two of them died later.')).toEqual(['people shot', '']);
  });

  it('counts the rest of a group in digits ("Another 150", "Those 13"), not in words or a tally', () => {
    expect(pairs(paragraphWith('allsides', 'Another 150, including some trapped'))).toContainEqual(['Another 150', 150]);
    expect(pairs('Those 13 blossomed into nearly 40 rescues.')).toEqual([['Those 13', 13], ['nearly 40 rescues', 40]]);
    expect(pairs('Of those 800,000, more than 100,000 left.')).toEqual([['those 800,000', 800000]]);
    expect(pairs('Those two were charged. I think these 5-4 decisions are a problem.')).toEqual([]);
  });

  it('reads a count whose cue is a few linking words or a day away ("the death toll from the storm to at least 11")', () => {
    expect(pairs(paragraphWith('allsides', 'death toll from the storm to at least 11'))).toContainEqual(['at least 11', 11]);
    expect(pairs('The toll rose on Tuesday night to 14.')).toEqual([['14', 14]]);
    // three other words part them
    expect(pairs('The toll was feared by many in town to be 14.')).toEqual([]);
  });

  it('reads "one year" and half an hour, not "an additional year"; a place in a race; the children of a parent, the residents of a town', () => {
    expect(pairs('It was delayed by one year, then employers got an additional year, and a half hour later half an hour more.'))
      .toEqual([['one year', 1], ['a half hour', 0.5], ['half an hour', 0.5]]);
    expect(pairs('One day, she said, it came.')).toEqual([]);
    expect(only('She eventually placed sixth in the first-in-the-nation Iowa caucuses.')).toMatchObject({ text: 'sixth', what: 'place' });
    expect(only('A poll shows Trump tied for 2nd with Mike Huckabee.')).toMatchObject({ text: '2nd', value: 2, what: 'place' });
    expect(pairs('The motion was voted for 2nd on the list.')).toEqual([]);
    // what happened next happened to the father, not to his children
    expect(only('Savonnie McNeil, a father of four, was killed when gunmen opened fire.')).toMatchObject({ value: 4, what: 'children' });
    expect(only('A family of five was found dead.')).toMatchObject({ value: 5, what: 'people killed' });
    expect(extractFigures(paragraphWith('gva', 'at least one man out of a group of four')).map((f) => [f.text, f.what])).toContainEqual(['four', 'people']);
    expect(extractFigures(paragraphWith('allsides', 'Among the crowd of about 2,000')).map((f) => [f.text, f.what])).toContainEqual(['about 2,000', 'people']);
    // a name, not a count
    expect(pairs('In a statement, the Group of 20 said it would act.')).toEqual([]);
    expect(extractFigures(paragraphWith('allsides', 'another member of the Gang of Eight and a potential')).map((f) => f.text)).not.toContain('Eight');
    expect(pairs('Herkimer, a village of 7,700, told The Associated Press; Marksville is a town of about 5,500.'))
      .toEqual([['7,700', 7700], ['about 5,500', 5500]]);
    expect(extractFigures('Platte, a town of 1,200 about 110 miles south of Sioux Falls.')[0]).toMatchObject({ text: '1,200', what: 'residents' });
  });

  it('reads how long ago, a decade and an hour and a half as lengths of time; not "a" before a unit alone, rates or time stamps', () => {
    expect(pairs('It happened two weeks ago, a decade from now, over a decade and about an hour and a half later.'))
      .toEqual([['two weeks', 2], ['a decade', 10], ['over a decade', 10], ['about an hour and a half', 1.5]]);
    // "a" is an article: "a month ago", "about a year", "nearly a mile" report no number
    expect(pairs('A month ago he served about a year, then an hour later walked nearly a mile.')).toEqual([]);
    expect(pairs('He paid $600 a year, twice a month, and the cap is 200,000 workers a year, 24 hours a day.'))
      .toEqual([['$600', 600], ['twice', 2], ['200,000 workers', 200000]]);
    expect(pairs('Top stories\n7 years ago\n(CNN) – The suggestion came late. A year-end deal fell through.')).toEqual([]);
  });

  it('reads an age given by its decade, and a mile and a half, but not "a mile"', () => {
    expect(pairs('A neighbor in his early 60s saw a man in his 30s and women in their mid-20s.'))
      .toEqual([['his early 60s', 60], ['his 30s', 30], ['their mid-20s', 20]]);
    expect(only('The suspect was in her late 50s.')).toMatchObject({ kind: 'measure', what: 'age', qualifier: 'to 59' });
    expect(pairs('The music of the 1990s and the 30s.')).toEqual([]);
    expect(extractFigures('The shops are a mile and a half apart; the second was about a mile away.').map((f) => [f.text, f.value, f.what]))
      .toEqual([['a mile and a half', 1.5, 'mile']]);
    expect(pairs('You could see the strategy coming from a mile away. A mile-long line formed.')).toEqual([]);
  });

  it('reads a half-century as 50 years, a third or a quarter of something as a share, and zero of a plural as a count', () => {
    expect(pairs(paragraphWith('basil', 'you see a half-century of failure'))).toContainEqual(['a half-century', 50]);
    // and a quarter of a unit: "a quarter-mile", "a quarter-century", "a quarter hour" (not a compound: "a quarter-mile-long road")
    expect(pairs(paragraphWith('gva', 'is less than a quarter-mile from the scene'))).toContainEqual(['less than a quarter-mile', 0.25]);
    expect(pairs('It began a quarter-century ago; he waited a quarter hour on a quarter-mile-long road.'))
      .toEqual([['a quarter-century', 25], ['a quarter hour', 0.25]]);
    expect(pairs('It lasted half a century, a half century in all.')).toEqual([['half a century', 50], ['a half century', 50]]);
    // half or a quarter of a weight or a volume ("pound" without "£" weighs)
    expect(pairsWhat(paragraphWith('gva', 'they found a half-pound of methamphetamine'))).toContainEqual(['a half-pound', 'pound']);
    expect(pairsWhat('They found half a pound of heroin and half a gallon of fuel. It cost £5 and weighed 5 pounds.'))
      .toEqual([['half a pound', 'pound'], ['half a gallon', 'gallon'], ['£5', ''], ['5 pounds', 'pounds']]);
    // "one" before such a unit is no figure ("not one inch")
    expect(pairsWhat('We will not give up one inch of our territory.')).toEqual([]);
    expect(pairs(paragraphWith('allsides', 'Of those, about a quarter were singled out'))).toContainEqual(['about a quarter', 0.25]);
    expect(only('A third of the members left.')).toMatchObject({ text: 'A third', value: 1 / 3, kind: 'share' });
    // an ordinal, or a part of a unit, is no share of anything
    expect(pairs('He won a third term in the third quarter.').map(([, v]) => v)).not.toContain(1 / 3);
    expect(pairs('It is a quarter of a mile away.').map(([, v]) => v)).not.toContain(0.25);
    expect(pairs(paragraphWith('allsides', 'zero IRS higher-ups were aware'))).toContainEqual(['zero IRS higher-ups', 0]);
    expect(only('They were responsible for zero fatal attacks.')).toMatchObject({ value: 0, what: 'attacks' });
    expect(only('There were zero people killed.')).toMatchObject({ value: 0, what: 'people killed' });
    expect(pairs('She has zero tolerance for guns; it is a zero-sum game at ground zero.')).toEqual([]);
    expect(pairs('It has zero tolerance policies, zero interest rates and a goal of net zero emissions.')).toEqual([]);
  });

  it('reads fractions written as one character, and miles per hour as mph', () => {
    expect(pairs('Forecasters expect an additional 1½ feet of rain, ½ mile away.')).toEqual([['1½ feet', 1.5], ['½ mile', 0.5]]);
    expect(only('He was sentenced to 172 ½ years in prison.')).toMatchObject({ text: '172 ½ years', value: 172.5 });
    // typed with a slash after the whole number; a date is no fraction
    expect(extractFigures(paragraphWith('gva', 'a 1 1/2-story home')).find((f) => f.text.includes('1/2'))).toMatchObject({ text: '1 1/2-story', value: 1.5 });
    expect(pairs('He served 2 1/2 years, until 12/1/2015.')).toEqual([['2 1/2 years', 2.5]]);
    expect(only('The storm crawled at 2 miles per hour.')).toMatchObject({ text: '2 miles per hour', what: 'mph' });
    expect(only('Winds reached 140 kilometres an hour.')).toMatchObject({ value: 140, what: 'kph' });
  });

  it('reads terms, stories and the like counted in a hyphenated compound, and "one" before more nouns for people', () => {
    expect(only('A two-term Republican congressman from Idaho.')).toMatchObject({ text: 'two-term', kind: 'count', what: 'term' });
    expect(only('The second-term congressman represents New York.')).toMatchObject({ text: 'second-term', kind: 'ordinal', value: 2 });
    expect(only('He lived in a two-story house.')).toMatchObject({ text: 'two-story', what: 'story' });
    // what the number counts is the word it is hyphenated to, not the noun after it
    expect(only('The bill cleared a 60-vote hurdle on Thursday.')).toMatchObject({ text: '60-vote', kind: 'count', value: 60, what: 'vote' });
    expect(only('He was charged in a 12-count indictment.')).toMatchObject({ text: '12-count', kind: 'count', what: 'count' });
    expect(only('Firms near the 50-worker cutoff will not hire.')).toMatchObject({ text: '50-worker', kind: 'count', what: 'worker' });
    // "first-term" ranks, as "first" does
    expect(pairs('A first-term senator spoke.')).toEqual([]);
    expect(pairs(paragraphWith('gva', 'One patient was treated for a gunshot wound'))).toContainEqual(['One patient', 1]);
  });

  it('reads an age after a dateline dash', () => {
    expect(only('YONKERS – A 4-year-old girl was shot in the thigh.')).toMatchObject({ text: '4-year-old', value: 4 });
    expect(only('CLEVELAND (AP) — A 20-year-old man was shot.')).toMatchObject({ value: 20, what: 'age' });
  });

  it('reads an ordinal word before one noun, not "first"', () => {
    expect(pairs('Treasury missed a second deadline on Tuesday.')).toEqual([['second deadline', 2]]);
    expect(only('He was the fourth person charged in the inquiry.')).toMatchObject({ value: 4, kind: 'ordinal', what: 'person' });
    expect(pairs('It was the first deadline and a second-largest city.')).toEqual([]);
    // a possessive after the noun belongs to the next noun phrase
    expect(pairs('Bachmann, who’s in her fourth term representing Minnesota’s 6th District, promised more.')).toEqual([['fourth term', 4], ['6th District', 6]]);
  });

  it('keeps a number hyphenated to one letter out ("401-k", "3-D")', () => {
    expect(pairs('Look at your 401-k’s since Election. A 3-D printer, a 4-H club and a 5-4 vote.')).toEqual([['5', 5], ['4', 4]]);
  });

  it('keeps a capitalised number word inside a name out, not a count in a sentence', () => {
    expect(pairs(paragraphWith('gva', "Albuquerque’s Four Hills neighborhood"))).not.toContainEqual(['Four Hills neighborhood', 4]);
    expect(pairs('He hung a wooden Ten Commandments plaque on the wall.')).toEqual([]);
    expect(pairs('Officials said three French and three British investigators arrived. Fourteen Republicans will filibuster.'))
      .toEqual([['three French', 3], ['three British investigators', 3], ['Fourteen Republicans', 14]]);
  });

  it('keeps ordinary "first" and "second", and ordinal names, out', () => {
    expect(extractFigures(paragraphWith('allsides', 'and second lady are')).filter((f) => /lady/.test(f.text))).toEqual([]);
    expect(pairs('A second lady was hurt.')).toEqual([['second lady', 2]]);
    expect(pairs('The first thing he said was that the second meeting and the Second Amendment mattered.')).toEqual([]);
    expect(pairs('It was a first-degree murder in the 21st century on 5th Avenue.')).toEqual([]);
  });

  it('counts the floor of a building and the grade of a school, which outlets may report differently', () => {
    expect(pairsWhat(paragraphWith('allsides', 'in the conference room on the 25th floor'))).toContainEqual(['25th floor', 'floor']);
    expect(pairs('She was in 6th grade. The shots came from the third floor.')).toEqual([['6th grade', 6], ['third floor', 3]]);
  });

  it('reads money in a hyphenated compound ("a million-dollar check"), paragraphs counted so, and a group named again before "who"', () => {
    expect(only('I didn’t start it with a million-dollar check from my father.')).toMatchObject({ text: 'a million-dollar', kind: 'money', value: 1e6 });
    expect(only('AARP is the 800-pound gorilla.')).toMatchObject({ kind: 'measure', value: 800 });
    expect(only('The FBI issued a rare, two-paragraph statement.')).toMatchObject({ text: 'two-paragraph', kind: 'count', value: 2 });
    expect(pairs('Five people were shot. The five who were struck tried to drive away.')).toEqual([['Five people', 5], ['The five', 5]]);
  });

  it('reads lives taken as people killed ("claimed seven lives"), not lives saved or touched, and a word put in by an editor', () => {
    expect(pairsWhat('The crash claimed seven lives. Medics saved 12 lives. It shattered 100 lives. Activists claimed 200 lives could be saved.'))
      .toEqual([['seven lives', 'people killed'], ['12 lives', 'lives'], ['100 lives', 'lives'], ['200 lives', 'lives']]);
    expect(pairsWhat('Police said four [officers] fired shots.')).toEqual([['four [officers]', 'officers']]);
    expect(only('“We’ve recovered almost 30 [bullet] casings,” he said.')).toMatchObject({ text: 'almost 30 [bullet] casings', what: 'casings' });
  });

  it('reads a noun in single quotes ("120 ‘dreamers’") and the residents of a county ("the county of less than 20,000")', () => {
    expect(pairsWhat("Each day, 120 'dreamers' lose protection, and 120 ‘dreamers’ more.")).toEqual([["120 'dreamers'", 'dreamers'], ['120 ‘dreamers’', 'dreamers']]);
    // an apostrophe after a plural opens no quotation
    expect(pairsWhat("The five Republicans' top aides' votes were counted.")).toEqual([['five Republicans', 'republicans']]);
    expect(only('Residents in the county of less than 20,000 were urged to pray.')).toMatchObject({ value: 20000, what: 'residents' });
  });

  it('reads a plural after a quoted modifier ("60 “yea” votes"), not after a quoted verb', () => {
    expect(only('Gorsuch must garner 60 “yea” votes in the Senate.')).toMatchObject({ text: '60 “yea” votes', what: 'votes' });
    expect(only('Tens of thousands “liked” photos of the restaurants.')).toMatchObject({ text: 'Tens of thousands' });
  });

  it('reads what a digit ordinal numbers: a district, a circuit, an amendment, a Congress, an alderman\'s ward', () => {
    expect(pairsWhat('He represents the 27th Congressional District and cited the 2nd Amendment before the 112th Congress.'))
      .toEqual([['27th Congressional District', 'district'], ['2nd Amendment', 'amendment'], ['112th Congress', 'congress']]);
    expect(only('He sat on the United States Court of Appeals for the 10th Circuit, in Denver.')).toMatchObject({ kind: 'ordinal', value: 10, what: 'circuit' });
    expect(pairsWhat(paragraphWith('gva', 'according to Ald. Raymond Lopez (15th)'))).toContainEqual(['15th', 'ward']);
    expect(pairsWhat('“We found it,” Ald. Raymond Lopez, 15th, said.')).toEqual([['15th', 'ward']]);
    expect(pairsWhat('Petty Officer 2nd Class Randall Smith served before the 10th U.S. Circuit Court of Appeals ruled.'))
      .toEqual([['2nd Class', 'class'], ['10th U.S. Circuit', 'circuit']]);
    expect(pairsWhat('the 14th congressional district, the 25th amendment to the Constitution, and Ald. Maria E. Hadden (49th)'))
      .toEqual([['14th congressional district', 'district'], ['25th amendment', 'amendment'], ['49th', 'ward']]);
    // in lower case before a noun, the noun is counted
    expect(pairsWhat('They sold 1st class tickets at the 3rd district court.')).toEqual([['1st class tickets', 'tickets'], ['3rd district court', 'court']]);
    // a kind, not a count, before another noun
    expect(extractFigures('He is charged with 3rd degree murder and faces life in the 21st century economy.')).toEqual([]);
    // not a bare ordinal set off after any name, nor one spelled out
    expect(pairs('The winner, Smith (15th), spoke, and the Ninth Circuit ruled.')).toEqual([]);
  });
});

describe('extractFigures: qualifiers and what is counted', () => {
  it('puts the qualifier into the span', () => {
    const f = only('Bombings have killed and wounded more than a thousand people, the UN said.');
    expect(f).toMatchObject({ text: 'more than a thousand people', qualifier: 'more than', value: 1000 });
    expect(f.what).toBe('people killed and wounded');
  });

  it.each<[string, string | null]>([
    ['At least 12 people died.', 'at least'], ['About 50 people came.', 'about'], ['Nearly 40 homes burned.', 'nearly'],
    ['Up to 9 crime scenes were searched.', 'up to'], ['Almost 70 rounds were fired.', 'almost'],
    ['Roughly 300 workers struck.', 'roughly'], ['Over 200 officers came.', 'over'], ['Some 80 boats sailed.', 'some'],
    ['The 80 boats sailed.', null], ['Companies with 50 or more workers must comply.', 'or more'],
    ['Groups of 10 or fewer people may meet.', 'or fewer'],
  ])('%s → %s', (sentence, qualifier) => {
    expect(only(sentence).qualifier).toBe(qualifier);
  });

  it('names the event near the number, and carries the noun to a bare count', () => {
    const [killed, wounded] = extractFigures('The office said 364 civilians had been killed and 759 wounded so far.');
    expect(killed).toMatchObject({ text: '364 civilians', what: 'civilians killed' });
    expect(wounded).toMatchObject({ text: '759 wounded', what: 'civilians wounded' });
    expect(only('More than a million people have fled the country.').what).toBe('people displaced');
    expect(only('It caused the displacement of 2 million people.').what).toBe('people displaced');
    expect(extractFigures('The gunman killed one person and wounded eight others.').map((f) => f.what)).toEqual([
      'person killed', 'others wounded',
    ]);
    expect(only('The death toll rose to 12 on Monday.').what).toBe('killed');
    // a number in words needs the count of victims it is in: "the toll rose to five", not "the number rose to five"
    expect(only('It brought the military death toll to five plus the gunman.')).toMatchObject({ text: 'five', value: 5, what: 'killed' });
    expect(pairs('The number of candidates rose to five.')).toEqual([]);
    // an event verb before a possessive; a clause after "as" or "when" is about something else
    expect(only('A man shot his two young children before turning the gun on himself.').what).toBe('children shot');
    expect(only('He shot himself and his two children as he fled along the interstate.').what).toBe('children');
  });

  it('counts the subject of what happened to it: "Six were hurt", "an additional 58 were wounded"', () => {
    expect(pairs('Twelve were killed and 58 wounded.')).toEqual([['Twelve', 12], ['58 wounded', 58]]);
    expect(only(paragraphWith('gva', 'Six received injuries from a possible gang-related shooting'))).toMatchObject({
      text: 'Six', value: 6, what: 'wounded',
    });
    expect(extractFigures(paragraphWith('allsides', 'an additional 58 were wounded')).map((f) => [f.text, f.what]))
      .toEqual([['12 people', 'people killed'], ['58', 'people wounded']]);
    // a pronoun and a participle that describes a noun count nobody
    expect(pairs('No one was hurt. The two were killed. They released three covertly shot videos.')).toEqual([]);
  });

  it('counts the plural after whose it is, past a place ("two Cook County sheriff\'s deputies", "four of the high court\'s conservatives")', () => {
    expect(pairsWhat(paragraphWith('gva', 'three Orange County sheriff’s deputies exchanged fire'))).toContainEqual(['three Orange County sheriff’s deputies', 'deputies']);
    expect(pairsWhat("Two county sheriff's deputies were shot. Four of the freight train's cars were crumpled."))
      .toEqual([["Two county sheriff's deputies", 'deputies shot'], ['Four', 'cars']]);
    // someone else's noun after a number's own ("her fourth term representing Minnesota's 6th District")
    expect(pairsWhat("Her fourth term representing Minnesota's 6th District ended.")).toEqual([['fourth term', 'term'], ['6th District', 'district']]);
  });

  it('reads the event past where the people counted were ("three people inside a trailer had been killed")', () => {
    expect(pairsWhat(paragraphWith('gva', 'three people inside a trailer had been killed'))).toContainEqual(['three people', 'people killed']);
    expect(pairsWhat(paragraphWith('gva', 'Two other men in the shop were wounded'))).toContainEqual(['Two other men', 'men wounded']);
    // not past a clause of its own, nor when the phrase is what they are part of
    expect(pairsWhat(paragraphWith('gva', 'two separate West Side shootings in which one person was killed'))).toContainEqual(['two separate West Side shootings', 'shootings']);
    expect(pairsWhat('Police made two arrests in the killing. Two men in their 20s were shot.')).toEqual([['two arrests', 'arrests'], ['Two men', 'men'], ['their 20s', 'age']]);
    expect(pairsWhat('Two people in the car had no injuries.')).toEqual([['Two people', 'people']]);
  });

  it('reads the event past an aside about the people counted ("including …", "the youngest …", "all …", "both …")', () => {
    const [people, children] = extractFigures(paragraphWith('gva', 'Five people, including three children, were killed'));
    expect(people).toMatchObject({ text: 'Five people', what: 'people killed' });
    expect(children.what).toBe('children');
    // a clause that runs on past the comma is no aside
    expect(only('Nine people were hurt, including a child who was shot.').what).toBe('people wounded');
    // an aside with an age in it
    expect(pairsWhat('Police say five people, including a 10-year-old boy, were shot.'))
      .toEqual([['five people', 'people shot'], ['10-year-old', 'age']]);
    expect(pairsWhat(paragraphWith('gva', 'the youngest being 11 years old, were'))).toContainEqual(['Four people', 'people shot']);
    expect(pairsWhat(paragraphWith('gva', 'including an 11-year-old boy and a 13-year-old boy, were wounded'))).toContainEqual(['four people', 'people wounded']);
    expect(pairsWhat('Two men, both from Ohio, were killed.')).toEqual([['Two men', 'men killed']]);
    // an aside that starts otherwise may say what happened to someone else
    expect(pairsWhat('Two men, police said, were killed.')).toEqual([['Two men', 'men']]);
  });

  it('reads the deaths of a part said after its whole, and everyone of a whole named by what happened to it', () => {
    expect(pairsWhat(paragraphWith('gva', 'Three of the shooting victims died'))).toContainEqual(['Three', 'victims killed']);
    expect(pairsWhat('Five of the officers were killed.')).toEqual([['Five', 'officers killed']]);
    expect(pairsWhat('All five of the wounded were rushed to hospitals.')).toEqual([['All five', 'people wounded']]);
    expect(pairsWhat('Two of the victims had been fatally shot.')).toEqual([['Two', 'victims killed']]);
    // the part killed someone
    expect(pairsWhat('Police said two of the gunmen had killed a guard.')).toEqual([['two', 'gunmen']]);
    // a part of a count, and a part of those who were hurt, are no count of the dead or the hurt
    expect(pairsWhat('Families identified two of the three people who died, and two of the four men killed.'))
      .toEqual([['two', 'people'], ['three people', 'people killed'], ['two', 'men'], ['four men', 'men killed']]);
    expect(pairsWhat('Three of the victims killed were shot in the leg.')).toEqual([['Three', 'victims']]);
    expect(pairsWhat('Three of the wounded remained in intensive care.')).toEqual([]);
  });

  it('reads a group named again before "who" and what happened to it', () => {
    expect(pairsWhat(paragraphWith('gva', 'Among the five who were shot'))).toContainEqual(['the five', 'people']);
    expect(pairsWhat('Drobik said the two who were wounded were still alive.')).toEqual([['the two', 'people wounded']]);
    // those who did it are no victims
    expect(pairsWhat('Police say the two who shot Smith fled. The three who killed the guard were arrested.')).toEqual([]);
  });

  it('reads the event past an aside between dashes, and ends a noun before a time ("one suspect late Saturday")', () => {
    const others = extractFigures(paragraphWith('gva', '12 others -- nine males and six females -- were hospitalized'))
      .find((f) => f.text === '12 others');
    expect(others?.what).toBe('others wounded');
    expect(extractFigures('Officers found the four people — three adults and a child — dead.')[0]).toMatchObject({ text: 'four people', what: 'people killed' });
    // a horizontal bar is a dash too
    expect(extractFigures('Twelve others ― nine males and six females ― were hospitalized.')[0]).toMatchObject({ text: 'Twelve others', what: 'others wounded' });
    expect(only('They were searching for at least one suspect late Saturday night.')).toMatchObject({ text: 'at least one suspect', what: 'suspect' });
  });

  it('reads "two police officers" as officers', () => {
    expect(only('Two Pittsburgh police officers were killed.')).toMatchObject({ value: 2, what: 'officers killed' });
  });

  it('reads an event said as an adjective before the people it happened to ("the two wounded officers")', () => {
    expect(only('The two wounded officers were also taken to the hospital.')).toMatchObject({ text: 'two wounded officers', what: 'officers wounded' });
    expect(only('Deputies found three dead burglars.')).toMatchObject({ text: 'three dead burglars', what: 'burglars killed' });
    // without a noun after it, the event is what the number counts
    expect(only('Two injured were taken to the hospital.')).toMatchObject({ text: 'Two injured', what: 'wounded' });
  });

  it('reads "shot … dead" and "shot to death" as killings, and the wounded after them as wounded', () => {
    expect(extractFigures('Police said he then shot two people dead and wounded two others at a barbershop.').map((f) => [f.text, f.what]))
      .toEqual([['two people', 'people killed'], ['two others', 'others wounded']]);
    expect(only('Four people were found shot to death in the home.')).toMatchObject({ text: 'Four people', what: 'people killed' });
    expect(only('He shot four people to death in his hometown.')).toMatchObject({ text: 'four people', what: 'people killed' });
  });

  it('reads "gunned down" as a shooting', () => {
    expect(extractFigures(paragraphWith('gva', 'was one of four teenagers gunned down')).map((f) => [f.text, f.what]))
      .toContainEqual(['four teenagers', 'teenagers shot']);
    expect(only('Pinckney and eight others were gunned down.')).toMatchObject({ text: 'eight others', what: 'others shot' });
    expect(only('He gunned down 49 patrons in a nightclub.')).toMatchObject({ text: '49 patrons', what: 'patrons shot' });
  });

  it('counts the people an event befell when the number is its object ("a shooting that injured five")', () => {
    expect(only('The drive-by shooting that injured five on Capitol Hill was caught on video.'))
      .toMatchObject({ text: 'five', value: 5, what: 'wounded' });
    expect(pairs('3 found shot dead after home invasion')).toEqual([['3', 3]]);
  });

  it('reads a part by what its whole counts ("Three of the five people")', () => {
    expect(extractFigures('Three of the five people who were injured had been released.').map((f) => [f.text, f.what]))
      .toEqual([['Three', 'people'], ['five people', 'people wounded']]);
    expect(extractFigures('It is about one-third of the 1.6 million arrests made in 2000.').map((f) => f.what)).toEqual(['arrests', 'arrests']);
  });

  it('counts "once" joined to a count of times ("twice in the torso and once in the head"), not "once" opening a clause', () => {
    expect(extractFigures(paragraphWith('gva', 'striking him twice in the torso and once in the head')).map((f) => f.text)).toContain('once');
    expect(extractFigures('He was shot three times in the chest and once in the leg.').map((f) => f.text)).toEqual(['three times', 'once']);
    expect(extractFigures('I have been there twice and once I go back I will stay.').map((f) => f.text)).toEqual(['twice']);
    expect(extractFigures('He left and once in the car he slept.')).toEqual([]);
    // not after a multiple
    expect(extractFigures('They are twice as likely to be jailed and once in prison they stay.').map((f) => f.text)).toEqual(['twice']);
  });

  it('counts blows and times: "shot once", "hit one time", "hitting him once", "questioned once in connection with"', () => {
    expect(extractFigures('Solomon was shot once in the head. Each person who died was hit one time.').map((f) => [f.text, f.value]))
      .toEqual([['once', 1], ['one time', 1]]);
    // past an object, and after a past verb whose clause ends there
    expect(extractFigures(paragraphWith('gva', 'Syed shot at Caporaso twice')).map((f) => [f.text, f.value])).toEqual([['twice', 2], ['once', 1]]);
    expect(extractFigures(paragraphWith('allsides', 'was questioned once in connection')).map((f) => [f.text, f.what])).toContainEqual(['once', 'times']);
    expect(pairs('I have already done it once with Pastor Brunson.')).toEqual([['once', 1]]);
    // not a conjunction, an adverb of time or a turn of phrase
    expect(pairs('Once inside, he sat. He once said no. At once they left. He was arrested once he arrived. They married once more.')).toEqual([]);
    expect(pairs('Restrictions will be lifted once that happens. He will be relieved once this is over. It was settled once and for all.')).toEqual([]);
    expect(pairs('The embattled once-popular mayor resigned. He called once in a while.')).toEqual([]);
  });

  it('reads a factor said as a verb or with "-fold" as a count of times, not the verbs and adjectives that share its word', () => {
    expect(pairsWhat(paragraphWith('allsides', 'to quadruple its production'))).toContainEqual(['quadruple', 'times']);
    expect(pairs(paragraphWith('allsides', 'production fourfold'))).toContainEqual(['fourfold', 4]);
    expect(pairs(paragraphWith('allsides', 'have quadrupled the rate'))).toContainEqual(['quadrupled', 4]);
    expect(extractFigures(paragraphWith('allsides', 'more than doubled from')).find((f) => f.what === 'times'))
      .toMatchObject({ text: 'more than doubled', value: 2, qualifier: 'more than' });
    expect(pairs('a 10-fold increase, a hundred-fold rise, prices tripling in size; he would give it back tenfold.'))
      .toEqual([['10-fold', 10], ['hundred-fold', 100], ['tripling', 3], ['tenfold', 10]]);
    expect(pairsWhat('Sales doubled over 10 years.')).toContainEqual(['doubled', 'times']);
    // other verbs, an adjective, and words that end in "fold"
    expect(extractFigures(paragraphWith('basil', 'doubled down on')).filter((f) => f.what === 'times')).toEqual([]);
    expect(pairs('The gym doubled as a shelter. He doubled over in pain. A double standard, a double dose. The story will unfold.')).toEqual([]);
    expect(pairs('She won the doubles title.')).toEqual([]);
  });

  it('keeps "100 percent", also the one that says how sure ("I 100 percent support it"), as the gold does', () => {
    expect(pairs('The chances are "100 percent." Prices rose 100 percent, and I 100 percent support it.'))
      .toEqual([['100 percent', 100], ['100 percent', 100], ['100 percent', 100]]);
    // any other share keeps its noun
    expect(pairsWhat('Would 25 percent tariffs hurt farmers?')).toEqual([['25 percent tariffs', 'tariffs']]);
  });

  it('reads an amount of money before a capitalised word ("his $22,000,000 Report")', () => {
    expect(only('Will they be listed at the top of his $22,000,000 Report, he asked.')).toMatchObject({ value: 22e6, kind: 'money' });
  });

  it('does not take the counted people for the killers', () => {
    expect(only('Two gang members accused of killing a man were indicted.').what).toBe('members');
  });

  it('counts decades and centuries in years, as "20 years" and "200-year-old" do', () => {
    expect(pairs('He served two decades in the House and had not seen him in a decade.')).toEqual([['two decades', 20], ['a decade', 10]]);
    expect(only('Ilion, where a 2-century-old plant is a major employer.').what).toBe('years');
    expect(only('It grew over the past three decades.').value).toBe(30);
  });

  it('reads a vague number on its own: "Hundreds gathered", "wounded dozens", "a couple of years"', () => {
    expect(pairs('Hundreds gathered in Dallas.')).toEqual([['Hundreds', null]]);
    expect(only('The gunman wounded hundreds.')).toMatchObject({ text: 'hundreds', value: null, what: 'wounded' });
    expect(only('Millions can’t pay rent.')).toMatchObject({ text: 'Millions', what: '' });
    expect(only('He heard dozens more gunshots.')).toMatchObject({ text: 'dozens more gunshots', what: 'gunshots' });
    expect(pairs('He lived there for a couple of years, a couple days by car.')).toEqual([['a couple of years', null], ['a couple days', null]]);
    expect(pairs('A couple of his friends were there.')).toEqual([]);
    // "two hundred" is a number, "hundreds of" counts what follows
    expect(pairs('It cost two hundred dollars.')).toEqual([['two hundred dollars', 200]]);
  });

  it('reads "a half-million" and blows counted after a name ("shot Edwards 3 times")', () => {
    expect(only('It will cost a half-million jobs.')).toMatchObject({ value: 500000, what: 'jobs' });
    expect(only('He defeated a half a dozen rivals.')).toMatchObject({ value: 6, what: 'rivals' });
    expect(only('The student shot Edwards 3 times, execution-style.')).toMatchObject({ value: 3, what: 'times' });
    expect(pairs('He watched Channel 4 News.')).toEqual([]);
  });

  it('adds "and a half" to the number or the unit before it', () => {
    expect(pairs('He served two and a half years, then three and a half million dollars were found.'))
      .toEqual([['two and a half years', 2.5], ['three and a half million dollars', 3500000]]);
    expect(pairs('The standoff lasted about an hour and a half.')).toEqual([['about an hour and a half', 1.5]]);
  });

  it('counts past a hyphenated first modifier, and "the two" who act is no count', () => {
    expect(only('Four off-duty police officers were outside.')).toMatchObject({ value: 4, what: 'officers' });
    expect(only('Police dug seven spent shells out of the car.')).toMatchObject({ value: 7, what: 'shells' });
    expect(pairs('The two sometimes chatted, and the two fought over it.')).toEqual([]);
  });

  it('counts "more" of a group: "three more injured", "two more of the devices"', () => {
    expect(pairs('The shootout left one person dead and three more injured.')).toEqual([['one person', 1], ['three more injured', 3]]);
    expect(only('They found two more of the explosive devices.').what).toBe('devices');
  });

  it('marks superseded counts, not the crime someone is suspected of, dated ("suspected of killing four people the previous day")', () => {
    expect(only('A day earlier, 249 civilians were killed.').what).toBe('civilians killed (earlier count)');
    expect(pairsWhat('Police shot a man suspected of killing four people and wounding two others the previous day.'))
      .toEqual([['four people', 'people killed'], ['two others', 'others wounded']]);
    expect(only('The man charged with killing four people the day before appeared in court.').what).toBe('people killed');
    // a crime in another clause says nothing of the count
    expect(only('The man, charged with robbery last year, said three people were killed the previous day.').what).toBe('people killed (earlier count)');
  });
});

describe('extractFigures: what is not a figure', () => {
  it.each([
    'It happened on March 6, 2022 and on 24 February.',
    'IRPIN, UKRAINE – MARCH 06: smoke rose.',
    'Posted 2022-03-07 at 0900 GMT and again at 10:30 a.m.',
    'On Friday (4), the office reported.',
    'Updated 3:45 PM ET',
    'The treaty was signed in 1948 and ratified in 2014.',
    'Copyright 2014 WGCL-TV. All rights reserved.',
    'Call 555-123-4567 or (212) 555-0100.',
    'Write to Atlanta, GA 30303 or see https://example.com/page/2021/364.',
    'He lived in Section 8 housing, flew a Boeing 737 and caught COVID-19.',
    'Under Article 5 and Title IX, Channel 2 reported.',
    'Shots rang out at 1200 Elm Street and in the 2500 block of Main.',
    'Read sections 3, 4, and 5 by Monday, 12.',
    'Police said they found a 9mm handgun and a .40-caliber pistol.',
    'It happened a week later, a day after the vote.',
    'One of them said they were friends.',
    'He called 911 and hung up.',
    'The Lakers won 110-98 after a 3-2 lead.',
    'Photo: Image 10 of 10',
    'She has zero tolerance for it, and I was with him 24 hours a day.',
    'Both the 2011 and 2012 trips were pilgrimages.',
    'The crash closed the road. (Source: WAVE 3 News) KHOU 11 News spoke with neighbors.',
    'Officers were called to the 200-block of Mathilda Street.',
    'Hide Caption 2 of 30 Photos: Photos: Pope Benedict XVI',
    'France has been struck once again, and once he left, it was over.',
    'Send it to a neutral third party, not to third parties.',
  ])('%s', (sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });

  it('reads numbers in title-case headlines', () => {
    expect(pairs('At Least 364 Civilians Killed In Ukraine, Says UN')).toEqual([['At Least 364 Civilians', 364]]);
  });
});

describe('extractFigures on real paragraphs', () => {
  it('finds the seed figures and skips the dates around them', () => {
    const caption = paragraphWith('seeds', 'more than a million people have fled');
    expect(pairs(caption)).toEqual([['more than a million people', 1e6], ['hundreds of thousands', null]]);
    const counts = paragraphWith('seeds', '364 civilians had been killed');
    expect(pairs(counts)).toEqual([['364 civilians', 364], ['759 wounded', 759]]);
  });

  it('reads a shooting report: counts and ages, not times or street names', () => {
    const paragraph = paragraphWith('gva', 'left two men dead and three other people wounded');
    expect(extractFigures(paragraph).map((f) => [f.text, f.what])).toEqual([
      ['two men', 'men killed'], ['three other people', 'people wounded'],
    ]);
  });

  it('ignores a wiki-style victim list of names with ages and footnote marks', () => {
    const paragraph = paragraphWith('gva', 'Samir Zawahri, 55 (shot at home)');
    expect(extractFigures(paragraph).filter((f) => f.kind === 'count' && !/[a-z]/i.test(f.text))).toEqual([]);
  });

  it('counts a noun said just before ("Two victims are in critical condition, seven are …", "another two")', () => {
    const paragraph = paragraphWith('gva', 'Two victims are in critical condition, seven are in stable condition');
    expect(extractFigures(paragraph).filter((f) => f.kind === 'count').map((f) => [f.text, f.value, f.what])).toEqual([
      ['Two victims', 2, 'victims'], ['seven', 7, 'victims'], ['another five', 5, 'victims'],
    ]);
    const guards = paragraphWith('gva', "Two officers were stationed at the club's entrance and another two");
    expect(extractFigures(guards).map((f) => [f.text, f.what])).toContainEqual(['another two', 'officers']);
  });

  it('reads a count of "F.B.I. agents" and ages listed in words ("ages six and seven"), not a count after the list', () => {
    expect(extractFigures(paragraphWith('basil', 'More than 40 F.B.I. agents')).map((f) => [f.text, f.value]))
      .toContainEqual(['More than 40 F.B.I. agents', 40]);
    const sandyHook = extractFigures(paragraphWith('gva', 'killed 20 children, ages six and seven'));
    expect(sandyHook.filter((f) => f.what === 'age').map((f) => f.value)).toEqual([6, 7]);
    const victims = extractFigures(paragraphWith('gva', 'ages 37 and 52, and three men, ages 22, 45 and 67'));
    expect(victims.map((f) => [f.text, f.what])).toContainEqual(['three men', 'men']);
    expect(victims.filter((f) => f.what === 'age').map((f) => f.value)).toEqual([37, 52, 22, 45, 67]);
  });

  it('reads the age of each of several set off after them ("Chavar Gilliam and Carl Moore, both 24"), not a count', () => {
    expect(extractFigures(paragraphWith('gva', 'Chavar Gilliam and Carl Moore, both')).map((f) => [f.text, f.what])).toContainEqual(['24', 'age']);
    expect(pairsWhat('Two women, both 21, were hurt.')).toEqual([['Two women', 'women wounded'], ['21', 'age']]);
    expect(pairsWhat('The two polls, both 45, showed a tie.').map(([, what]) => what)).not.toContain('age');
    expect(pairsWhat('They won, both 10 points ahead. The two, both 2 and 3 years, left.').map(([, what]) => what)).not.toContain('age');
  });

  it('reads each age of a list that ends in "years old" ("Two teenagers, 17 and 19 years old")', () => {
    const siblings = extractFigures(paragraphWith('gva', 'Two teenagers, 17 and 19 years old'));
    expect(siblings.filter((f) => f.what === 'age').map((f) => [f.text, f.value])).toEqual([
      ['17', 17], ['19 years old', 19], ['4', 4], ['6 years old', 6],
    ]);
    // a range is one figure, not a listed age
    expect(only('The victims were between 16 and 18 years old.')).toMatchObject({ text: 'between 16 and 18 years old', value: 16 });
  });

  it('counts a group named again by its number ("The two were found"), with what the count just before says it is', () => {
    const detained = extractFigures(paragraphWith('gva', 'The two were found Friday night at the Walmart'));
    expect(detained.map((f) => [f.text, f.value, f.what])).toEqual(expect.arrayContaining([
      ['two people', 2, 'people arrested'], ['The two', 2, 'people arrested'],
    ]));
    const family = extractFigures(paragraphWith('gva', 'The older two were from a previous relationship'));
    expect(family.map((f) => [f.text, f.value, f.what])).toContainEqual(['The older two', 2, 'victims']);
    // a count of its own that names no one counted before
    expect(extractFigures(paragraphWith('allsides', 'The two met in 2008')).map((f) => [f.text, f.what])).toContainEqual(['The two', '']);
    // "the two" killed are the victims counted before, not a new count
    expect(pairs('Two men were shot. The two were killed.')).toEqual([['Two men', 2]]);
  });

  it('counts "the two" before a verb in the past with its object, and the part of a count said by how badly ("one critically")', () => {
    expect(extractFigures(paragraphWith('gva', 'the two dissolved their partnership')).map((f) => [f.text, f.value])).toContainEqual(['the two', 2]);
    // not a past participle that describes a noun: "the two wounded officers" counts officers
    expect(pairs('Police found the two wounded officers.')).toEqual([['two wounded officers', 2]]);
    const shot = extractFigures(paragraphWith('gva', 'Nine people were shot and wounded, one critically'));
    expect(shot.map((f) => [f.text, f.value, f.what])).toEqual(expect.arrayContaining([['Nine people', 9, 'people wounded'], ['one', 1, 'people']]));
    // "one fatally": that part died, of any noun ("shot three police officers - one fatally")
    expect(extractFigures(paragraphWith('gva', 'A man shot three police officers - one fatally')).map((f) => [f.text, f.what]))
      .toEqual(expect.arrayContaining([['three police officers', 'officers shot'], ['one', 'officers killed']]));
    expect(extractFigures(paragraphWith('gva', 'Six people were shot, one fatally, during an attack in South Chicago')).map((f) => [f.text, f.what]))
      .toEqual(expect.arrayContaining([['Six people', 'people shot'], ['one', 'people killed']]));
    // without a count just before, "one" stays a pronoun
    expect(pairs('He was, one critically noted, late.')).toEqual([]);
  });

  it('reads the second decade of "in his 30s or 40s" as an age too, and only after an age', () => {
    expect(extractFigures(paragraphWith('gva', 'a white male in his 30s or 40s')).filter((f) => f.what === 'age').map((f) => [f.text, f.value]))
      .toEqual([['his 30s', 30], ['40s', 40]]);
    expect(pairs('Temperatures were in the 30s or 40s all week.')).toEqual([]);
  });

  it('counts a number compared with a count before it as that count\'s noun ("compared with the US\'s 11,800")', () => {
    expect(extractFigures(paragraphWith('allsides', "compared with the US's 11,800")).map((f) => [f.text, f.what]))
      .toContainEqual(['11,800', 'tests']);
    // the noun of an event too: "there were six arrests Wednesday, compared to 47 the previous night"
    expect(extractFigures(paragraphWith('basil', 'six arrests Wednesday, compared to 47')).map((f) => [f.text, f.what]))
      .toContainEqual(['47', 'arrests']);
    // not a year or a number with nothing counted before it
    expect(pairs('Sales fell, compared with 2019.')).toEqual([]);
  });

  it('reads a capitalised compound with a lower-case second part as a modifier ("six Muslim-majority countries")', () => {
    expect(extractFigures(paragraphWith('allsides', 'some people from six Muslim-majority countries')).map((f) => [f.text, f.what]))
      .toContainEqual(['six Muslim-majority countries', 'countries']);
    expect(pairs('Police arrested two Iranian-born men.')).toEqual([['two Iranian-born men', 2]]);
    // in digits too: not a name such as "Windows 10"
    expect(extractFigures(paragraphWith('basil', 'some 16 House-passed measures')).map((f) => [f.text, f.value]))
      .toContainEqual(['some 16 House-passed measures', 16]);
  });

  it('reads "the next couple of weeks" as a vague count, as "a couple of weeks" is', () => {
    expect(extractFigures(paragraphWith('basil', 'over the next couple of weeks')).map((f) => [f.text, f.value, f.qualifier]))
      .toContainEqual(['couple of weeks', null, 'a couple of']);
    expect(pairs('She married a couple she met.')).toEqual([]);
  });

  it('gives a number the scale of the number it is listed with ("between $19 and $22 million", "3 to 4 million")', () => {
    expect(extractFigures(paragraphWith('basil', 'showing his net worth between $19 and $22 million')).map((f) => [f.text, f.value]))
      .toEqual(expect.arrayContaining([['$19', 19e6], ['$22 million', 22e6]]));
    expect(only('About 3 to 4 million people fled the storm.')).toMatchObject({ value: 3e6, qualifier: 'about' });
    expect(extractFigures(paragraphWith('basil', 'run from 500,000 to 1.6 million')).map((f) => [f.text, f.value, f.qualifier]))
      .toContainEqual(['500,000 to 1.6 million', 5e5, 'to 1.6 million']);
    // a number of millions is a quantity without a noun
    expect(extractFigures(paragraphWith('allsides', 'conduct 40-50 million per month')).map((f) => [f.text, f.value]))
      .toContainEqual(['40-50 million', 4e7]);
  });

  it('counts stars, doors and points in a compound ("a retired four-star general") and names of three words before a noun', () => {
    expect(extractFigures(paragraphWith('allsides', 'the retired four-star general took the helm')).map((f) => [f.text, f.value, f.what]))
      .toContainEqual(['four-star', 4, 'star']);
    expect(only('A light colored four-door compact style vehicle drove by.')).toMatchObject({ value: 4, what: 'door' });
    expect(only('He won by a six-point margin.')).toMatchObject({ value: 6, what: 'point' });
    expect(extractFigures(paragraphWith('gva', 'The four Marksville Police Department officers')).map((f) => [f.text, f.value]))
      .toContainEqual(['four Marksville Police Department officers', 4]);
    // a possessive name is a determiner: the count is of nominees, not of someone called Barack
    expect(extractFigures(paragraphWith('allsides', "delays of seven of President Barack Obama's nominees")).map((f) => [f.text, f.what]))
      .toContainEqual(['seven', 'nominees']);
  });

  it('counts the victims of a verb whose object is joined by "and" ("killed Ambassador Christopher Stevens and three other Americans")', () => {
    expect(extractFigures(paragraphWith('allsides', 'killed Ambassador Christopher Stevens and three other Americans')).map((f) => [f.text, f.what]))
      .toContainEqual(['three other Americans', 'americans killed']);
    expect(only('Scott Westerhuis fatally shot his wife and four children on Thursday.')).toMatchObject({ value: 4, what: 'children killed' });
    // not after the scene, nor across a sentence, nor after an adjective ("three dead suspects and two uninjured residents")
    expect(only('They found the dead suspects and two uninjured residents.')).toMatchObject({ what: 'residents' });
    expect(only('She was shot in the attack and two officers arrived.')).toMatchObject({ what: 'officers' });
    expect(only('Many were injured. And two troopers arrived.')).toMatchObject({ what: 'troopers' });
  });

  it('counts the victims of a verb after a first object that is a count, past an aside between dashes ("killed 20 children -- none older than 7 -- and six adults")', () => {
    expect(extractFigures(paragraphWith('allsides', 'none of them older than 7 -- and six adults')).map((f) => [f.text, f.what]))
      .toContainEqual(['six adults', 'adults killed']);
    expect(extractFigures('The gunman killed 20 children and six adults.').map((f) => f.what)).toEqual(['children killed', 'adults killed']);
    expect(extractFigures('The gunman killed 20 children — all of them 6 or 7 — and six adults.').map((f) => f.what)).toContain('adults killed');
    // a qualified first count: "killed nearly 1,900 Palestinians and 67 Israelis"
    expect(extractFigures(paragraphWith('allsides', 'killed nearly 1,900 Palestinians and 67 Israelis')).map((f) => [f.text, f.what]))
      .toContainEqual(['67 Israelis', 'israelis killed']);
    expect(extractFigures('The gunman killed at least 20 children and six adults.').map((f) => f.what)).toEqual(['children killed', 'adults killed']);
    // not after how often someone shot, nor when the second count has a verb of its own
    expect(extractFigures('He shot 3 times and two people ran.').map((f) => f.what)).toEqual(['times shot', 'people']);
    expect(extractFigures('He shot 3 more times and two people at the door.').map((f) => f.what)).toEqual(['times shot', 'people']);
    expect(extractFigures('The gunman killed 2 people and 3 officers responded.').map((f) => f.what)).toEqual(['people killed', 'officers']);
    expect(extractFigures('The blast injured 20 people and 10 remain in the hospital.').map((f) => f.what)).toEqual(['people wounded', 'people']);
  });

  it('numbers one more person with an ordinal word before a noun for a person and one word about them ("a third gunshot victim")', () => {
    expect(extractFigures(paragraphWith('gva', 'A third gunshot victim was found')).map((f) => [f.text, f.value]))
      .toContainEqual(['third gunshot victim', 3]);
    // not a rank, nor a kind, nor a thing
    expect(extractFigures('A fourth grade student and a second shift worker were hurt; the second female officer to die was named.')).toEqual([]);
    expect(extractFigures('Scalise, the third ranking member, and the second richest man spoke of a second straight loss.')
      .map((f) => f.text)).toEqual(['second straight loss']);
  });

  it('counts people named by a compound opening with an ordinal ("20 first-graders"), not a duration', () => {
    expect(extractFigures(paragraphWith('allsides', 'in which 20 first-graders and six adults were fatally shot')).map((f) => [f.text, f.what]))
      .toContainEqual(['20 first-graders', 'first-graders killed']);
    expect(only('The teacher led 12 second-graders outside.')).toMatchObject({ text: '12 second-graders', value: 12, kind: 'count' });
  });

  it('counts every item of a list of people with what happened to all of them ("two men and a woman were found dead")', () => {
    expect(extractFigures(paragraphWith('gva', 'One adult male, two adult females, and one child are deceased')).map((f) => [f.text, f.what]))
      .toEqual([['Four individuals', 'individuals killed'], ['One adult male', 'male killed'], ['two adult females', 'females killed'], ['one child', 'child killed']]);
    expect(extractFigures(paragraphWith('gva', 'five officers and four civilians were injured')).map((f) => [f.text, f.what]))
      .toContainEqual(['five officers', 'officers wounded']);
    // the verb must be of the whole list: the bystander alone was killed; a comma before "and" after one item opens a clause
    expect(only('He saw two officers, and a bystander was killed.')).toMatchObject({ what: 'officers' });
    expect(only('He saw two officers, and a bystander died.')).toMatchObject({ what: 'officers' });
    expect(only('Officers found two men, and a child had been wounded.')).toMatchObject({ what: 'men' });
    // nor is a clause after "and" an item, nor a time that passed
    expect(only('Two officers arrived and a bystander was killed.')).toMatchObject({ what: 'officers' });
    expect(extractFigures('He hired two lawyers and a year later four people were killed.').map((f) => f.what)).toEqual(['lawyers', 'people killed']);
    // "deceased" before the noun, as "dead" is
    expect(only('They found two deceased victims inside.')).toMatchObject({ text: 'two deceased victims', what: 'victims killed' });
  });

  it('counts a thing after "one" ("charged with one count of murder"), not a pronoun, a rank, a ratio, an idiom or a source', () => {
    expect(extractFigures(paragraphWith('gva', 'He is charged with one count of murder')).map((f) => [f.text, f.value]))
      .toContainEqual(['one count', 1]);
    expect(pairs('Police said one bullet struck an elderly woman; only one photo showed it.')).toEqual([['one bullet', 1], ['only one photo', 1]]);
    // what the one did is no part of the noun ("One student opened fire"), a modifier before a noun is ("two armed men")
    expect(extractFigures(paragraphWith('gva', 'One student opened fire')).map((f) => [f.text, f.what])).toContainEqual(['One student', 'student']);
    expect(pairsWhat('One officer returned fire at two armed men.')).toEqual([['One officer', 'officer'], ['two armed men', 'men']]);
    expect(pairsWhat('There were two officer involved shootings.')).toEqual([['two officer involved shootings', 'shootings']]);
    expect(pairs('No one else knows; no one died. They support one another, one day at a time.')).toEqual([]);
    expect(pairs('Our number one priority won by a two-to-one margin, one official said.')).toEqual([]);
    expect(pairs('It is one he had hoped to win, and on one hand it was the one thing left.')).toEqual([]);
  });

  it('counts "a pair of", "a trio of", "two-dozen" and a blow "at least once"', () => {
    expect(pairs('Trump wrote in a pair of tweets; he put on a pair of reading glasses.')).toEqual([['a pair of tweets', 2]]);
    expect(pairs(paragraphWith('allsides', 'A trio of left-leaning Latin American nations'))).toContainEqual(['A trio of left-leaning Latin American nations', 3]);
    expect(pairs('Trump targeted a quartet of progressive congresswomen.')).toEqual([['a quartet of progressive congresswomen', 4]]);
    // (only a pair of boots is one thing)
    expect(pairs('They found a trio of boots.')).toEqual([['a trio of boots', 3]]);
    expect(extractFigures(paragraphWith('basil', 'signed nearly two-dozen executive actions')).map((f) => [f.text, f.value]))
      .toContainEqual(['nearly two-dozen executive actions', 24]);
    expect(pairs('Braswell had been shot at least once in the leg.')).toEqual([['once', 1]]);
    expect(pairs('He has said at least once that he would go.')).toEqual([]);
  });

  it('reads a count past a word in -ly or "very" that describes the plural, not past an adverb of a verb', () => {
    expect(pairs('After two deadly explosions, they polled 1,129 likely voters.')).toEqual([['two deadly explosions', 2], ['1,129 likely voters', 1129]]);
    expect(pairs('We have lost two very able public servants and two highly respected officers.'))
      .toEqual([['two very able public servants', 2], ['two highly respected officers', 2]]);
    expect(extractFigures('They carried the two badly wounded hostages.').map((f) => [f.text, f.what])).toEqual([['two badly wounded hostages', 'hostages wounded']]);
    expect(pairs('It released three covertly shot videos.')).toEqual([]);
    // (after "the two", a group named again, a past form after the word in -ly is the verb's, unless it describes people)
    expect(pairs('The two briefly exchanged shots. The 12 unanimously approved changes.')).toEqual([]);
    expect(pairs('These three really great people met the two heavily armed gunmen.'))
      .toEqual([['three really great people', 3], ['two heavily armed gunmen', 2]]);
    expect(pairs('Two badly damaged police cruisers were towed.')).toEqual([['Two badly damaged police cruisers', 2]]);
    // (an adverb of the verb after a number that stands alone)
    const articleWith = (snippet: string): string => loadArticles('gva').find((a) => a.text.includes(snippet))!.text;
    expect(pairs(articleWith('The two reportedly exchanged words')).map(([text]) => text)).not.toContain('two reportedly exchanged words');
    expect(pairs(articleWith('26 likely saved many lives')).map(([text]) => text)).not.toContain('26 likely saved many');
  });

  it('reads a count past a compound opening with an adverb and past a day or month among capitalised modifiers', () => {
    expect(pairs(paragraphWith('allsides', 'a pair of early-morning Sunday Twitter messages'))).toContainEqual(['a pair of early-morning Sunday Twitter messages', 2]);
    expect(pairs('The group has released three surreptitiously-recorded videos.')).toEqual([['three surreptitiously-recorded videos', 3]]);
    expect(pairs('Rice went on five Sunday shows after the attack; he was charged in two June shootings.'))
      .toEqual([['five Sunday shows', 5], ['two June shootings', 2]]);
    // (a day after the number alone dates what was counted before it)
    expect(pairs('Officers arrested two Sunday and three more Monday morning.')).toEqual([]);
  });

  it('carries the noun of the sentence before to a number that opens its own ("three others were injured. Two remain …")', () => {
    expect(extractFigures('Three victims remained at the hospital. Two are in critical condition.').map((f) => [f.text, f.value, f.what]))
      .toEqual([['Three victims', 3, 'victims'], ['Two', 2, 'victims']]);
    // not across paragraphs, nor to "the two", which names a pair of its own
    expect(pairs('Three victims remained at the hospital.\n\nTwo are in critical condition.')).toEqual([['Three victims', 3]]);
    expect(extractFigures('Three victims remained at the hospital. The two are in critical condition.').map((f) => [f.text, f.what]))
      .toEqual([['Three victims', 'victims'], ['The two', '']]);
    // the last of them, after "and", in the singular
    expect(extractFigures('Three victims remained at the hospital. Two are in critical condition, and one is in fair condition.')
      .map((f) => [f.text, f.value, f.what])).toContainEqual(['one', 1, 'victims']);
    expect(pairs('No one knows, and one is left to wonder.')).toEqual([]);
    // one of them in a condition, after any word ("where one is listed in critical condition"), not one in general
    expect(extractFigures('Three gunshot victims were rushed to the hospital, where one is listed in critical condition.')
      .map((f) => [f.text, f.value, f.what])).toContainEqual(['one', 1, 'victims']);
    expect(pairs('Three victims were treated, where one is a good idea.')).toEqual([['Three victims', 3]]);
    // by how badly, set off by dashes too
    expect(extractFigures('Sixteen people were shot -- one fatally -- inside a nightclub.').map((f) => [f.text, f.what]))
      .toContainEqual(['one', 'people killed']);
  });

  it('counts a capitalised group after a capitalised word ("the 13 Angry Democrats", "107 House Republicans"), not a station', () => {
    expect(extractFigures(paragraphWith('allsides', 'taken to calling the Mueller team')).map((f) => [f.text, f.value]))
      .toContainEqual(['13 Angry Democrats', 13]);
    expect(pairs('In a letter, 107 House Republicans urged Trump to act.')).toEqual([['107 House Republicans', 107]]);
    expect(pairs('His father tells 7 Action News his vital signs are strong.')).toEqual([]);
    // a capitalised word before a function word names a place: "the 5 Freeway to", "the 137 Bar and Grill", "8 Mile and Hubbell"
    expect(pairs('He drove north on the 5 Freeway to Santa Ana after leaving the 137 Bar and Grill near 8 Mile and Hubbell.')).toEqual([]);
    // … not a people, nor what happened to them ("1 American was killed", "2 Dead, 7 Injured in DC Shooting")
    expect(pairsWhat('Police said 1 American was killed.')).toEqual([['1 American', 'american killed']]);
    expect(pairsWhat('The military said 1 Marine was killed.')).toEqual([['1 Marine', 'marine killed']]);
    expect(pairs('Multiple people shot, 2 Killed in Southeast DC')).toContainEqual(['2 Killed', 2]);
  });

  it('reads "one" before someone who speaks as a source, not a count ("said one Democrat", "one man recalled")', () => {
    const texts = (name: 'basil' | 'gva' | 'allsides', snippet: string) => extractFigures(paragraphWith(name, snippet)).map((f) => f.text);
    // "“There’s a whole lot of anger,” said one Democrat who opposed her, who requested anonymity …"
    expect(texts('basil', 'said one Democrat who opposed her')).not.toContain('one Democrat');
    // "a DJ called for security over and over, one man recalled later."
    expect(texts('gva', 'one man recalled later')).not.toContain('one man');
    // "One witness, Mimi Fuller, was inside the club"
    expect(texts('gva', 'One witness, Mimi Fuller')).not.toContain('One witness');
    // what was said is counted: "Police said one bullet struck an elderly woman"; a victim named is counted
    expect(texts('gva', 'Police said one bullet struck')).toContain('one bullet');
    expect(pairs('One victim, John Smith, died at the scene. Police said one man was shot.')).toEqual([['One victim', 1], ['one man', 1]]);
    // a thing named after a comma is counted: "the F.D.A. said one well-known morning-after pill, Plan B One-Step,"
    expect(texts('allsides', 'said one well-known morning-after pill')).toContain('one well-known morning-after pill');
    // so is someone the event or a participle concerns: "two females and one male, Vallejo Lt. Kenny Park said"
    expect(texts('gva', 'two females and one male')).toContain('one male');
    expect(pairs('Police arrested one man charged with murder. One suspect accused of the shooting remains at large.'))
      .toEqual([['one man', 1], ['One suspect', 1]]);
  });

  it('counts "one minute later", "one day after", a part "of the most" something and "Allen, 58 and married,"', () => {
    expect(pairs('Just one minute later, officers were dispatched. It happened one week ago.')).toEqual([['Just one minute', 1], ['one week', 1]]);
    // "one day" and "one minute" as idioms stay none
    expect(pairs('One day he will know. One minute this guy is fine.')).toEqual([]);
    // a time before or after an event: "The failure came one day after Pyongyang celebrated …", "… one week before his scheduled vote"
    expect(pairs(paragraphWith('allsides', 'The failure came one day after'))).toContainEqual(['one day', 1]);
    expect(pairs(paragraphWith('allsides', 'against Kavanaugh one week before'))).toContainEqual(['one week', 1]);
    expect(pairs('We pray that one day we can see an end. On one day, protesters gathered.')).toEqual([]);
    // a time between: "Even one day out from the initial anguish", "We’re just one day removed"; not "one day out of the year"
    expect(pairs(paragraphWith('basil', 'Even one day out from the initial anguish'))).toContainEqual(['one day', 1]);
    expect(pairs('We’re just one day removed. The vote is one week away. It is one day out of the year.')).toEqual([['just one day', 1], ['one week', 1]]);
    expect(pairs('One day out in the field, a soldier asked me for water. It was one night out with friends.')).toEqual([]);
    expect(extractFigures(paragraphWith('allsides', 'two of the most prominent generals')).map((f) => [f.text, f.value, f.what]))
      .toContainEqual(['two', 2, 'generals']);
    expect(extractFigures('Allen, 58 and married, was nominated in October.').map((f) => [f.value, f.what])).toEqual([[58, 'age of Allen']]);
    expect(pairs('Three of his most trusted aides quit.')).toEqual([['Three', 3]]);
  });

  it('reads ages in brackets after a name, a rank in a party, "kills one", "cut by nearly a third" and a range with a spaced en dash', () => {
    const berry = extractFigures(paragraphWith('allsides', 'Key Developments — Three young women, Amanda Berry (27)'));
    expect(berry.map((f) => [f.text, f.value, f.what])).toEqual(expect.arrayContaining([
      ['27', 27, 'age of Amanda Berry'], ['23', 23, 'age of Gina DeJesus'], ['32', 32, 'age of Michelle Knight']]));
    // a first name the reader knows makes it a person (a state's number in brackets is no age), in a
    // sentence about people, not a poll's shares or a round's scores
    expect(pairs('Then North Dakota (18) and New York (29) decide it.')).toEqual([]);
    expect(pairs('In the poll, Joe Biden (29), Bernie Sanders (20) and Elizabeth Warren (15) lead.')).toEqual([]);
    expect(pairs('Jordan Spieth (68) and Justin Thomas (70) trail.')).toEqual([]);
    expect(extractFigures(paragraphWith('basil', 'Sen. Jon Kyl, the No. 2 Republican')).map((f) => [f.text, f.value, f.what]))
      .toContainEqual(['No. 2 Republican', 2, 'rank']);
    expect(pairsWhat('Clyburn, the No. 3 House Democrat, spoke.')).toEqual([['No. 3 House Democrat', 'rank']]);
    // in words: "the number two Republican" ranks, it counts no Republicans ("the number one priority" is a way of speaking)
    expect(extractFigures(paragraphWith('allsides', 'the number two Republican')).map((f) => [f.text, f.value, f.what]))
      .toContainEqual(['number two Republican', 2, 'rank']);
    expect(pairsWhat('Jobs are the number one priority. He is the number three official.')).toEqual([['number three official', 'rank']]);
    expect(pairsWhat('Officials doubled the number two years ago.')).toContainEqual(['two years', 'years']);
    expect(pairsWhat('He is the number two man in the party.')).toEqual([['number two', 'rank']]);
    expect(pairs('He lives at No. 10 Downing Street.')).toEqual([]);
    expect(pairsWhat('He is the No. 1 Republicans target.')).not.toContainEqual(['No. 1 Republicans', 'rank']);
    expect(extractFigures(paragraphWith('gva', 'Shooting at KC club kills one, injures eight')).map((f) => [f.text, f.value, f.what]))
      .toEqual(expect.arrayContaining([['one', 1, 'killed'], ['eight', 8, 'wounded']]));
    expect(pairs('The gunman shot one of them.')).toEqual([]);
    expect(extractFigures(paragraphWith('basil', 'payroll taxes cut by nearly a third')).map((f) => [f.text, f.value]))
      .toContainEqual(['nearly a third', 1 / 3]);
    expect(pairs('It was settled by a third party.')).toEqual([]);
    // "by" measures a change only after a verb of change
    expect(pairs('Two officers arrived and were later joined by a third.')).toEqual([['Two officers', 2]]);
    expect(pairs('Polls close by a quarter to eight.')).toEqual([]);
    expect(pairs('A crowd outside the club was estimated to be between 250 – 300 people.')).toEqual([['250 – 300 people', 250]]);
  });

  it('gives every seed figure a span that is the text it names', () => {
    for (const a of loadArticles('seeds')) {
      for (const f of extractFigures(a.text)) expect(a.text.slice(f.start, f.end)).toBe(f.text);
    }
    expect(extractFigures(article('seeds', 'seed-003').text).map((f) => f.text)).toEqual(['more than 100 countries']);
  });
});

describe('extractFigures: acts with several victims, fraction slashes, possessive wholes, victims after "over"', () => {
  it('counts the victims of "a triple homicide" or "a quadruple shooting", not a double shift', () => {
    expect(pairsWhat(paragraphWith('gva', 'which turned into a triple homicide'))).toContainEqual(['triple homicide', 'people killed']);
    expect(extractFigures(paragraphWith('gva', 'in connection with a quadruple shooting that left three people dead'))
      .map((f) => [f.text, f.value, f.what])).toEqual(expect.arrayContaining([['quadruple shooting', 4, 'people shot'], ['three people', 3, 'people killed']]));
    expect(pairs('Victims of the triple-murder were named. He worked a double shift in triple-digit heat.')).toEqual([['triple-murder', 3]]);
    // not acts in general, nor a murder-suicide (its dead are one more)
    expect(pairs('Double shootings rose this year. She died in a triple murder-suicide.')).toEqual([]);
  });

  it('reads a fraction typed with the fraction slash, even set apart ("3 1⁄ 2 years")', () => {
    expect(pairs(paragraphWith('gva', 'to nine to 18 months in jail and 3 1'))).toContainEqual(['3 1\u2044 2 years', 3.5]);
    expect(pairs('It took 2 1\u20442 years.')).toEqual([['2 1\u20442 years', 2.5]]);
  });

  it('counts a part of a whole owned by a name ("four of Mr. Trump’s trips")', () => {
    expect(pairsWhat(paragraphWith('basil', 'four of Mr. Trump’s trips'))).toContainEqual(['four', 'trips']);
  });

  it('reads victims counted after "over" as a count, and "in excess of" as a qualifier', () => {
    expect(pairsWhat(paragraphWith('allsides', 'left 59 people dead and over 500 injured'))).toContainEqual(['over 500 injured', 'people wounded']);
    expect(extractFigures(paragraphWith('gva', 'in excess of two pounds')).find((f) => f.text.endsWith('two pounds')))
      .toMatchObject({ text: 'in excess of two pounds', qualifier: 'in excess of', value: 2 });
    // an age limit is still no count
    expect(pairs('Tickets for children under 13 and people over 65 are free.')).toEqual([['under 13', 13], ['over 65', 65]]);
    expect(pairs('Patients over 80 killed by the virus were counted.')).toEqual([]);
  });
});

describe('extractFigures: a number said of a quantity named before it, ages said of people', () => {
  it('reads a bare number in digits that a quantity came to ("her heart rate was 72", "an LDL of 118", "now at 42, up from 11")', () => {
    expect(pairs(paragraphWith('basil', 'her heart rate was 72'))).toEqual(expect.arrayContaining([['72', 72], ['195', 195], ['118', 118], ['64', 64], ['69', 69]]));
    expect(pairs(paragraphWith('allsides', 'is now at 42, up from 11'))).toEqual(expect.arrayContaining([['42', 42]]));
    expect(pairs('Hackett, one of eight cities in the county, has a population of 812.')).toContainEqual(['812', 812]);
    // not a year, nor a number that goes on to a noun or a word of its own
    expect(pairs('The plan was drafted in the fall and the deadline was 2015.')).toEqual([]);
    expect(pairs('The fund is at 12 percent of its goal.')).toEqual([['12 percent', 12]]);
    expect(pairs('The answer was 42 in most polls.')).toEqual([]);
    // a time of day
    expect(pairs('Doors open at 7, and the show starts at 8.')).toEqual([]);
  });

  it('reads the ages of people said with "was", "dies at" and "between the ages of … and …"', () => {
    expect(pairsWhat('Margaret Thatcher dies at 87')).toEqual([['87', 'age']]);
    expect(pairsWhat(paragraphWith('gva', 'Another victim was 16'))).toContainEqual(['16', 'age']);
    expect(pairsWhat('Most of those killed were between the ages of 12 and 16, he said.')).toEqual([['12', 'age'], ['16', 'age']]);
    // a thing's number is no one's age
    expect(pairsWhat('The toll was 12.')).not.toContainEqual(['12', 'age']);
  });
});

describe('extractFigures: invariants', () => {
  const alphabet = fc.constantFrom(
    ...'0123456789 ,.-:%$£()/\n'.split(''), 'more than ', 'a ', 'thousand ', 'million ', 'people ', 'killed ',
    'th ', 'March ', 'hundreds of ', 'twenty', '-', 'year', 'old ', 'in ', 'three', 'Section ', 'at least ',
    'to ', 'between ', 'and ', 'a triple homicide ', '\u2044',
  );
  it('reads a count before an opening quotation mark that never closes, at the end of a text, without failing', () => {
    expect(() => extractFigures('Police held three “ suspects')).not.toThrow();
    expect(pairs('Police held two “persons of interest” on Monday.')).toEqual([['two “persons of interest”', 2]]);
  });

  it('never throws; spans match the text; values are finite or null', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''))), (text) => {
      for (const f of extractFigures(text)) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.start).toBeLessThan(f.end);
        expect(f.value === null || Number.isFinite(f.value)).toBe(true);
      }
    }), { numRuns: 1500 });
  });

  it('reports no figure for a number beyond the range of a double', () => {
    const text = `331 deaths and ${'1'.repeat(320)}675 injuries, ${'4'.repeat(310)}42% of them, ${'9'.repeat(305)} trillion dollars.`;
    expect(extractFigures(text).map((f) => [f.text, f.value])).toEqual([['331 deaths', 331]]);
    // nor a range that ends there
    expect(extractFigures(`Some 10-${'9'.repeat(400)} people and between 10 and ${'9'.repeat(400)} people.`).map((f) => f.qualifier))
      .not.toContain('to Infinity');
  });

  // How the time grows with the text is measured by `npm run bench` (figures_growth_10x_text).
  it('reads every figure of a long text the same way as in one sentence, and finishes on digit runs', () => {
    const unit = 'At least 364 civilians were killed on March 6, 2022 at 10:30 a.m., and 1,123 more fled. ';
    const once = extractFigures(unit).map((f) => [f.text, f.value]);
    expect(once.length).toBeGreaterThan(0);
    const many = extractFigures(unit.repeat(2000)).map((f) => [f.text, f.value]);
    expect(many).toEqual(Array.from({ length: 2000 }, () => once).flat());
    expect(extractFigures('1'.repeat(100000) + ' ' + '-'.repeat(100000))).toEqual([]);
    // a list after "ages" is a few people's ages, not a column of 50,000 numbers
    const column = extractFigures(`ages ${Array.from({ length: 50000 }, (_, i) => (i % 90) + 1).join(', ')}`);
    expect(column[0]).toMatchObject({ text: 'ages 1', what: 'age' });
    expect(column.length).toBeLessThan(10);
  });
});
