import fc from 'fast-check';
import { extractQuotes } from '../../src/core/quotes';
import { attributeSpeakers } from '../../src/core/speakers';
import type { QuoteSpan } from '../../src/core/types';
import { article, paragraphWith } from '../support/shared';

/** Speaker of every quote of `text`, keyed by the first words of the quote. */
function speakers(text: string): Record<string, string | null> {
  const spans = extractQuotes(text);
  const names = attributeSpeakers(text, spans);
  const out: Record<string, string | null> = {};
  spans.forEach((s, i) => (out[s.text.split(/\s+/).slice(0, 3).join(' ')] = names[i]));
  return out;
}

/** Speaker of the quote of `text` that contains `snippet`. */
function speakerOf(text: string, snippet: string): string | null {
  const spans = extractQuotes(text);
  const i = spans.findIndex((s) => s.text.includes(snippet) && s.depth === 0);
  if (i < 0) throw new Error(`no quote with "${snippet}"`);
  return attributeSpeakers(text, spans)[i];
}

describe('attributeSpeakers: cue next to the quote', () => {
  it('reads "X said" after the quote and "said X" inverted', () => {
    expect(speakerOf('“We will win,” Jane Doe said on Monday.', 'We will')).toBe('Jane Doe');
    expect(speakerOf('“We will win,” said Gov. Rick Perry, the Texas governor.', 'We will')).toBe('Rick Perry');
  });

  it('reads a sentence opened by its speech verb: "Said Shaun Washington, son of …, “…”"', () => {
    const text = article('gva', 'gva-839782704a3b').text;
    expect(speakerOf(text, 'My dad is rolling over')).toBe('Shaun Washington');
    expect(speakerOf('Said Commissioner Evans, “This case was troubling.”', 'This case')).toBe('Evans');
    // not past a verb after the name
    expect(speakerOf('Said Kim Lee, who left, “Good.”', 'Good')).toBeNull();
  });

  it('follows the agent of a passive main clause as the one a pronoun after it names ("was echoed by …")', () => {
    const rouhani = article('allsides', 'allsides-fa160ee49c6a').text;
    expect(speakerOf(rouhani, 'crucial moment')).toBe('Hassan Rouhani');
    expect(speakerOf(paragraphWith('allsides', 'The move was cheered by Rep. Adam B. Schiff'), 'strong message')).toBe('Adam B. Schiff');
    // not when someone owns the subject, nor a body named by one word
    const davis = article('allsides', 'allsides-c06e0ea9b9a6').text;
    expect(speakerOf(davis, 'My God in heaven')).toBe('Kim Davis');
    expect(speakerOf(article('allsides', 'allsides-7681bc4467c0').text, 'actively encouraging')).not.toBe('WikiLeaks');
  });

  it('reads other speech verbs: told, wrote, tweeted, added, asked, continued, stressed, derided', () => {
    for (const verb of ['told CNN', 'wrote', 'tweeted', 'added', 'asked', 'continued', 'stressed']) {
      expect(speakerOf(`Kim Lee spoke. “This is it,” Lee ${verb}.`, 'This is')).toBe('Kim Lee');
    }
    // before the quote too
    for (const verb of ['derided', 'ridiculed']) expect(speakerOf(`Kim Lee spoke. Lee ${verb} “the bombast.”`, 'bombast')).toBe('Kim Lee');
  });

  it('reads a cue before the quote, with "that" or a comma', () => {
    expect(speakerOf('Sam Ortiz said that the plan was “dead on arrival” in the Senate.', 'dead on')).toBe('Sam Ortiz');
    expect(speakerOf('Asked about it, Sam Ortiz said, “No comment.”', 'No comment')).toBe('Sam Ortiz');
  });

  it('gives both halves of an interrupted quote to the speaker in the middle', () => {
    const text = '“The first half,” Tom Reyes said, “and the second half.”';
    expect(speakers(text)).toEqual({ 'The first half,': 'Tom Reyes', 'and the second': 'Tom Reyes' });
  });

  it('reads "according to X"', () => {
    expect(speakerOf('The talks were “productive,” according to Maria Gomez.', 'productive')).toBe('Maria Gomez');
  });

  it('gives words that a speech verb before them reports to its subject, not to the source they are "according to"', () => {
    expect(speakerOf(article('allsides', 'allsides-ef29c2a49ad7').text, 'not in the interest of Iran')).toBe('Hassan Rouhani');
    expect(speakerOf(paragraphWith('allsides', 'High School teacher Steve Parsons said'), 'ready to stay out')).toBe('Steve Parsons');
    // not when the verb before talks with someone, nor when a body's report says what someone did
    expect(speakerOf('Kim Lee spoke with the driver and was “hitting the same car again,” according to a police statement.', 'hitting'))
      .not.toBe('Kim Lee');
    expect(speakerOf(paragraphWith('allsides', 'Gizmodo reports that Facebook'), 'routinely suppressed')).toBe('a former journalist who worked on the trending designations');
  });

  it('reads colon introductions', () => {
    expect(speakerOf('Blinken: “We have seen credible reports.”', 'We have')).toBe('Blinken');
    expect(speakerOf('Paul Ryan said: “We are the ones offering a plan.”', 'We are')).toBe('Paul Ryan');
  });
});

describe('attributeSpeakers: continuation and reference', () => {
  it('makes the source of an "according to X" sentence the one a following "he told reporters" refers to', () => {
    const text = 'Vice President Mike Pence stayed at a Trump resort.\n\nMike Pence’s chief of staff, Marc Short, dismissed the criticism.'
      + '\n\nThe president did not order Mr. Pence to stay at his property, according to Mr. Short.'
      + '\n\n“I don’t think it was a request,” he told reporters.';
    expect(speakerOf(text, 'a request')).toBe('Marc Short');
  });

  it('carries the speaker into the next sentence and the next paragraph', () => {
    const text = '“It was wrong,” Ann Cole said. “We must fix it.”\n\n“And we will.”\n\nThe vote is on Friday.\n\n“Nobody knows.”';
    expect(speakers(text)).toEqual({
      'It was wrong,': 'Ann Cole',
      'We must fix': 'Ann Cole',
      'And we will.': 'Ann Cole',
      // two paragraphs after the last cue, with narration between: no evidence
      'Nobody knows.': null,
    });
  });

  it('takes a quote paragraph introduced by the previous paragraph ending in a colon', () => {
    const text = 'President Donald Trump went further on Thursday, tweeting:\n\n“This is a disgrace!”';
    expect(speakerOf(text, 'disgrace')).toBe('Donald Trump');
  });

  it('resolves he and she by gender hints and by the subject of the narration', () => {
    const text =
      'Ms. Ada Park met Mr. Ben Stone on Monday. Stone later spoke to reporters.\n\n' +
      '“It went well,” she said.\n\n“We disagree,” he said.';
    expect(speakers(text)).toEqual({ 'It went well,': 'Ada Park', 'We disagree,': 'Ben Stone' });
  });

  it('knows the gender of first names beyond the most common ones ("she" is not Craig Miller)', () => {
    const text = article('gva', 'gva-7a184fb4fcc3').text;
    expect(speakerOf(text, 'It’s not an accident')).toBe('Lashell Booker');
  });

  it('takes the subject of the sentence, not a name in an appositive or prepositional phrase', () => {
    const text = 'Vicente Fox, a critic of Donald Trump, spoke on CNN. “He is not welcome,” he said.';
    expect(speakerOf(text, 'not welcome')).toBe('Vicente Fox');
  });

  it('reads the cue after a quotation closed by a typewriter double ("…,\'\' said Wendell Watson")', () => {
    expect(speakerOf(article('allsides', 'allsides-2558d527f960').text, 'Our care team provided Mr. Duncan')).toBe('Wendell Watson');
    expect(speakerOf('"It was fine,\'\' said John Smith.', 'It was fine')).toBe('John Smith');
  });

  it('gives a document someone put out its author past a time before the verb ("Trump’s first tweets last Monday pointed out")', () => {
    expect(speakerOf('Donald Trump spoke.\n\nTrump’s first tweets last Monday pointed out that the island “was already suffering.”', 'already suffering'))
      .toBe('Donald Trump');
  });

  it('takes who is in a place for the subject, not the place ("Police in Chicago said", "A U.S. official in Seoul said")', () => {
    expect(speakerOf('Police in Chicago said the man was “armed.”', 'armed')).toBe('Police');
    expect(speakerOf('Officials in Washington said it was “done.”', 'done')).toBe('Officials');
    expect(speakerOf(article('allsides', 'allsides-5bde1c675838').text, 'It is a very difficult task')).toBe('a U.S. official');
    // (not a name, "FBI Special Agent in Charge Ed Reinhold", nor a body named in passing, "radio station KRBD in Ketchikan")
    expect(speakerOf(article('allsides', 'allsides-77eca0e3e1bd').text, 'directly ties')).toBe('Ed Reinhold');
    expect(speakerOf(article('allsides', 'allsides-4d25a897caa7').text, 'we used to have 50-60')).toBe('Don Young');
  });

  it('takes the person named before the body they are of ("JoEllen Smith of the corrections department told CNN")', () => {
    expect(speakerOf(article('allsides', 'allsides-e68f50e5913b').text, 'He was housed in protective custody')).toBe('JoEllen Smith');
    expect(speakerOf('John Smith of the police department said “he was gone.”', 'he was gone')).toBe('John Smith');
    // (not someone a preposition puts in: "An attorney for John Smith of the police department")
    expect(speakerOf('An attorney for John Smith of the police department said “he was gone.”', 'he was gone')).toBe('an attorney');
    // (not a title's holder: "the chairman of the board" names no one)
    expect(speakerOf('“It was over,” the chairman of the board said.', 'It was over')).toBeNull();
  });

  it('never takes "Trump said" or "the president" for the first lady the article names in full', () => {
    const text = 'President Trump and first lady Melania Trump arrived.\n\n“We are on a new footing,” Trump said. “It is good,” the president said.\n\n'
      + '“It is lovely,” Mrs. Trump said.';
    expect(speakers(text)).toEqual({ 'We are on': 'Trump', 'It is good,': 'Trump', 'It is lovely,': 'Melania Trump' });
    expect(speakerOf(article('allsides', 'allsides-5211d9ef6c56').text, 'starting off on a new footing')).toBe('Trump');
    // … but a surname alone is hers when no man of that surname is in the article, or when she is a former first lady
    expect(speakerOf('First lady Michelle Obama visited Boston.\n\n“Kids need to eat well,” Obama said.', 'Kids need')).toBe('Michelle Obama');
    expect(speakerOf('Former first lady Hillary Clinton and President Clinton spoke.\n\n“We will win,” Clinton said.', 'We will win'))
      .toBe('Hillary Clinton');
  });

  it('resolves "the secretary" to the last person with that title', () => {
    const text =
      'Secretary of State Antony Blinken spoke on Sunday. President Joe Biden was traveling.\n\n' +
      '“We are documenting everything,” the secretary continued.';
    expect(speakerOf(text, 'documenting')).toBe('Antony Blinken');
  });

  it('resolves "the Mexican-born journalist" to the person the narration is about', () => {
    const ramos = article('basil', 'basil-8dfc02fe0400').text;
    expect(speakerOf(ramos, 'He tried to silence me')).toBe('Jorge Ramos');
  });

  it('strips titles and maps a surname to the full name used anywhere in the article', () => {
    const text = '“That was a joke,” Mr. Steele said.\n\nMichael Steele, the party chairman, later apologized.';
    expect(speakerOf(text, 'joke')).toBe('Michael Steele');
    expect(speakerOf('“Yes,” said Russian President Vladimir Putin.', 'Yes')).toBe('Vladimir Putin');
  });

  it('keeps a nickname inside a name', () => {
    const text = 'The governor picked William "Mo" Cowan.\n\n“I am honored,” said Cowan.';
    expect(speakerOf(text, 'honored')).toBe('William Cowan');
  });

  it('gives "the statement continued" to the author of the statement', () => {
    const text = '“We are weak,” Ron Hale said in a statement.\n\n“We must be tough,” the statement continued.';
    expect(speakerOf(text, 'tough')).toBe('Ron Hale');
  });
});

describe('attributeSpeakers: organisations and missing evidence', () => {
  it('names the organisation of a nameless spokesperson or office', () => {
    expect(speakerOf('“It is a war crime,” a State Department spokesman said.', 'war crime')).toBe('State Department');
    expect(speakerOf('The UN human rights office said it had “credible reports”.', 'credible')).toBe('UN human rights office');
    expect(speakerOf('The attack aims to “break morale,” the UK Ministry of Defense said.', 'break morale')).toBe(
      'UK Ministry of Defense',
    );
  });

  it('takes "Sumner County Schools" for a body, not a person "she" could stand for', () => {
    const text = article('gva', 'gva-37ba5f7b9400').text;
    expect(speakerOf(text, 'a bright and kind girl')).toBe('Sumner County Schools');
    expect(speakerOf(text, 'seen her before')).toBe('Nicole Carpenter');
  });

  it('gives "a police spokesperson" to the police named lately, not to the body named last', () => {
    const text = article('gva', 'gva-77c64d5dd6a2').text;
    expect(speakerOf(text, 'Officers arrived on scene')).toBe('Fairbanks Police Department');
    expect(speakerOf('Jo Ames was hurt. “It hurt,” a spokesperson said.', 'It hurt')).toBeNull();
  });

  it('takes no common word opening a sentence for a body ("Critics called it censorship")', () => {
    const text = 'Facebook removed the ads. Critics called it censorship, though some critics were pleased.\n\n“The ads violated our policies,” the company said.';
    expect(speakerOf(text, 'The ads violated')).toBe('Facebook');
  });

  it('gives a scare quote to the subject of the sentence’s claim verb', () => {
    const text = 'On Sunday, Blinken acknowledged that the government has seen “very credible” reports of attacks.';
    expect(speakerOf(text, 'very credible')).toBe('Blinken');
  });

  it('returns null rather than guess', () => {
    expect(speakerOf('The so-called “peace plan” was published on Monday.', 'peace plan')).toBeNull();
    // someone's unnamed attorney is not the person named: the description is all there is
    expect(speakerOf('“He has nothing to hide,” Stone’s attorney said.', 'nothing to hide')).toBe("Stone's attorney");
    expect(speakerOf('Headline: Ukraine “very credible reports”', 'very credible')).toBeNull();
  });

  it('does not read nouns that look like speech verbs as cues', () => {
    // "States", "reports" and "the state" are not verbs here
    const text = 'The United States had “very credible reports” of attacks, Secretary Antony Blinken said.';
    expect(speakerOf(text, 'very credible')).toBe('Antony Blinken');
  });
});

/** Speaker of the quotation inside a quotation of `text` that contains `snippet`. */
function innerSpeakerOf(text: string, snippet: string): string | null {
  const spans = extractQuotes(text);
  const i = spans.findIndex((s) => s.text.includes(snippet) && s.depth > 0);
  if (i < 0) throw new Error(`no inner quote with "${snippet}"`);
  return attributeSpeakers(text, spans)[i];
}

describe('attributeSpeakers: quotations inside quotations', () => {
  it('gives the outer speaker the words they bring in themselves', () => {
    const clinton = article('allsides', 'allsides-4c3b0dad6be0').text;
    expect(innerSpeakerOf(clinton, 'probably not going to be treated')).toBe('Clinton');
    expect(innerSpeakerOf(clinton, 'How can I best convey')).toBe('Clinton');
    expect(innerSpeakerOf(clinton, 'getting involved in the primary')).toBe('Jon Lovett');
    expect(innerSpeakerOf(paragraphWith('gva', 'I was like, woah'), 'sounded like gunshots')).toMatch(/Kecke$/);
  });

  it('gives the words of someone the outer speaker names bringing them in to that person', () => {
    // "Mr. Syed said, '…'" said Jordan, in an article that names Ali Syed
    expect(innerSpeakerOf(article('gva', 'gva-cd4853857e0c').text, 'Give me your keys')).toBe('Ali Syed');
    // "'I never thought in a million years that it would be this guy,' said Kagan Wagner", inside an outlet's quote
    expect(innerSpeakerOf(article('allsides', 'allsides-77eca0e3e1bd').text, 'I never thought in a million years')).toBe('Kagan Wagner');
    // a name inside the subject, or a clause of its own between the verb and the words, names no one
    expect(innerSpeakerOf('“The President of the United States called a black woman a ‘dog’ today,” he said.', 'dog')).toBeNull();
    expect(innerSpeakerOf(paragraphWith('allsides', 'the incident Ms. Ramirez described'), 'the talk of campus')).toBeNull();
  });

  it('reads a name before the verb after a quotation inside a quotation, and goes on with it past that cue', () => {
    // "Rescuer Charles Ramsey says … '…,' Ramsey said. 'So he's just …'", inside a reporter's words
    const ramsey = paragraphWith('allsides', 'Rescuer Charles Ramsey says');
    expect(innerSpeakerOf(ramsey, 'comes out to his backyard')).toBe('Charles Ramsey');
    const told = 'Jones wrote: “Ann Lee told me about it. ‘I was at home,’ Lee said. ‘Then it was over.’ ”';
    expect(innerSpeakerOf(told, 'Then it was over')).toBe('Ann Lee');
    // only that cue lies between, and the full name is a first name and the surname ("When Lee arrived" is none)
    expect(innerSpeakerOf(told.replace('Lee said.', 'Lee said. Bob agreed.'), 'Then it was over')).not.toBe('Ann Lee');
    expect(innerSpeakerOf('Jones wrote: “When Lee arrived, the door was open. ‘I was at home,’ Lee said.”', 'I was at home')).not.toBe('When Lee');
    // "'…,' he said. 'But I never saw nothing crazy.'": someone the outer speaker does not name, not the outer speaker
    expect(innerSpeakerOf(paragraphWith('allsides', 'Mike Iwais, a longtime resident'), 'never saw nothing crazy')).toBeNull();
    // after a stop the capitalised words open a sentence of their own, another quotation's lead-in
    expect(innerSpeakerOf(article('allsides', 'allsides-30bc3179cade').text, 'Why did you do it')).toBeNull();
    expect(innerSpeakerOf(paragraphWith('gva', "I said, 'Baby, you OK?'"), 'Baby, you OK')).toBe('Jarmon');
    expect(innerSpeakerOf(paragraphWith('gva', "I said, 'Baby, you OK?'"), 'Yeah')).toBeNull();
  });

  it('leaves unattributed the words of someone else the outer speaker quotes', () => {
    const p = paragraphWith('gva', 'my brother said');
    expect(speakerOf(p, 'He just said')).not.toBeNull();
    expect(innerSpeakerOf(p, 'do you remember me')).toBeNull();
    expect(innerSpeakerOf(p, 'how are you')).toBeNull();
    // a phrase that may be anyone's, inside a quoted claim
    expect(innerSpeakerOf('“He refused to say the words ‘Radical Islam’ today,” Trump said.', 'Radical Islam')).toBeNull();
  });
});

describe('attributeSpeakers on real paragraphs', () => {
  it('attributes cues after, before and interrupting quotes in the seed story', () => {
    const p = paragraphWith('seeds', 'a State Department spokesman said');
    expect(speakerOf(p, 'intentional targeting')).toBe('State Department');
    const q = paragraphWith('seeds', 'Blinken told CNN’s Jake Tupper during');
    expect(speakerOf(q, 'We have seen')).toBe('Blinken');
  });

  it('follows the narration through a whole seed article ("the secretary continued")', () => {
    const a = article('seeds', 'seed-001');
    expect(speakerOf(a.text, 'What we’re doing now')).toMatch(/Blinken$/);
  });

  it('attributes BASIL paragraphs with inverted cues and tweets', () => {
    expect(speakerOf(paragraphWith('basil', 'Mr. Calderón told CNBC'), 'stupid wall')).toBe('Calderón');
    expect(speakerOf(paragraphWith('basil', 'Ocasio-Cortez tweeted'), 'Republican hypocrisy')).toBe('Ocasio-Cortez');
    expect(speakerOf(paragraphWith('basil', 'says Perry in the new ad'), 'ashamed to admit')).toBe('Perry');
  });

  it('reads "said <role words> Name" after a quote, in either order', () => {
    expect(speakerOf(paragraphWith('gva', 'said retired social worker Lori Lindquist'), 'heartbroken')).toBe('Lori Lindquist');
    expect(speakerOf(paragraphWith('gva', 'said neighbor Alicia Dixon'), 'access to the gun')).toBe('Alicia Dixon');
    expect(speakerOf(paragraphWith('allsides', 'said GLAAD spokesperson Wilson Cruz'), 'hateful anti-gay')).toBe('Wilson Cruz');
    expect(speakerOf(article('allsides', 'allsides-63856809011c').text, 'calls on Russia')).toBe('Heather Nauert');
    // A name after "of" is not the speaker: the family is.
    expect(speakerOf(paragraphWith('allsides', 'said the family of 8-year-old Martin Richard'), 'our family applauds')).toBe('the family');
  });

  it('takes the subject before an appositive, not the words after the speech verb', () => {
    expect(speakerOf(paragraphWith('allsides', 'Jose Arrieta, HHS’s chief information officer, said'), 'allocate resources'))
      .toBe('Jose Arrieta');
    expect(speakerOf(paragraphWith('allsides', 'Ted Cruz, a staunch Trump defender'), 'impact the legal issue')).toBe('Ted Cruz');
    expect(speakerOf(paragraphWith('allsides', 'Geoff Freeman, president of the American Gaming Association'), 'regulatory'))
      .toBe('Geoff Freeman');
    expect(speakerOf(paragraphWith('allsides', 'John Gable, CEO of AllSides'), 'most news online')).toBe('John Gable');
    // an appositive with commas of its own, after the quote: the comma before the speech verb ends it
    expect(speakerOf(paragraphWith('basil', 'Rep. Jerrold Nadler, D-N.Y., the former chairman'), 'sacred text')).toBe('Jerrold Nadler');
    expect(speakerOf(paragraphWith('allsides', 'Ben Wizner, the head of the ACLU'), 'unacceptable abuse of power')).toBe('Ben Wizner');
    // … but not in the sentence after a quote that ended its own ("…." Maliki, who …, announced)
    expect(speakerOf(paragraphWith('allsides', 'Iraq clearly made a statement that they are looking for change'), 'He is the elected president'))
      .not.toMatch(/Maliki/);
  });

  it('takes the head of a relative clause as the subject, past the commas inside it', () => {
    expect(speakerOf(paragraphWith('allsides', 'Alex Kovzhun, who spent a decade'), 'evil genius')).toBe('Alex Kovzhun');
    expect(speakerOf(paragraphWith('allsides', 'Sen. Bob Corker, R-Tenn., who, like Flake'), 'best for all')).toBe('Bob Corker');
    const cheney = 'Mary Cheney, who is openly gay and married her partner, Heather Poe, in Washington, DC last year, took to '
      + 'Facebook.\n\n“For the record, I love my sister,” she wrote.';
    expect(speakerOf(cheney, 'For the record')).toBe('Mary Cheney');
    // "whose" opens a relative clause too
    expect(speakerOf(paragraphWith('basil', 'Warner, whose committee has been investigating'), 'other Americans in the room')).toBe('Warner');
    // the comma that closes an aside inside the clause is not the clause's end
    expect(speakerOf(paragraphWith('allsides', 'Supreme Court, which, she noted, said'), 'reasoned and principled')).not.toBe('Supreme Court');
    // "which" tells of a body inside the speaker's appositive, not of the speaker
    expect(speakerOf(paragraphWith('allsides', 'Elise Hasbrook, a spokeswoman for Academy'), 'both sales were approved')).toBe('Elise Hasbrook');
    expect(speakerOf(paragraphWith('allsides', 'Angus King, a member of the Senate intelligence committee'), 'It appears she')).toBe('Angus King');
    // a relative clause after an appositive tells of the one the appositive describes, not of the name inside it
    expect(speakerOf(paragraphWith('basil', 'Scott Smith, the mayor of Mesa, who is a Mormon'), 'carte blanche')).toBe('Scott Smith');
    expect(speakerOf(article('gva', 'gva-c347185b981c').text, 'It hurts to see someone')).toBe('Swag');
    expect(speakerOf(paragraphWith('basil', 'Sen. John Cornyn, R-TX, who heads'), 'blockbuster revelation')).toBe('John Cornyn');
    // not someone the sentence names after a preposition
    expect(speakerOf('After a meeting with Jane Roe, the mayor of Mesa, who is a Mormon, said: “It is fine.”', 'fine')).not.toBe('Jane Roe');
  });

  it('reads "expressed" as speech ("Strzok expressed “significant regret”")', () => {
    expect(speakerOf(paragraphWith('basil', 'Mr. Strzok expressed'), 'significant regret')).toBe('Strzok');
    expect(speakerOf(paragraphWith('allsides', 'Perdue of Georgia also expressed optimism'), 'the Democrats get serious')).toBe('David Perdue');
  });

  it('gives a quote before ", and" to its own clause, not to the one after ("…“a smoking gun,” and Ayotte also said")', () => {
    expect(speakerOf(paragraphWith('allsides', 'called Rhodes’ email'), 'a smoking gun')).toBe('Lindsey Graham');
    expect(speakerOf(paragraphWith('basil', 'Some Republican senators called the idea'), 'intriguing')).toBe('Some Republican senators');
    expect(speakerOf('Jane Roe called it “a mistake,” but John Doe said it was fine.', 'a mistake')).toBe('Jane Roe');
  });

  it('reads a past verb "in a statement" and "chimed in" as speech', () => {
    expect(speakerOf(paragraphWith('allsides', 'McConnell followed in a statement'), 'Regretfully')).toBe('McConnell');
    expect(speakerOf(paragraphWith('basil', 'The New York Times also chimed in'), 'more than partisan')).toBe('New York Times');
    expect(speakerOf('“It is over,” Jane Doe appeared in a video.', 'It is over')).toBeNull();
  });

  it('finds "the Kansas Republican" by the state the article ties someone to', () => {
    const said = '\n\nLee said it was bad. The Kansas Republican also warned that it “leaves the government in control.”';
    expect(speakerOf(`Sen. Jerry Moran (R-Kan.) and Sen. Mike Lee (R-Utah) opposed it.${said}`, 'leaves')).toBe('Jerry Moran');
    expect(speakerOf(`Senators Mike Lee of Utah and Jerry Moran of Kansas opposed it.${said}`, 'leaves')).toBe('Jerry Moran');
    expect(speakerOf(`Kansas Sen. Jerry Moran and Utah Sen. Mike Lee opposed it.${said}`, 'leaves')).toBe('Jerry Moran');
    expect(speakerOf(`Sen. Lindsey Graham, R-South Carolina, and Sen. Mike Lee, R-Utah, opposed it.${said.replace('Kansas', 'South Carolina')}`,
      'leaves')).toBe('Lindsey Graham');
  });

  it('finds "the Maryland Democrat" by party, never a senator of another party or state', () => {
    // a senator is no Democrat or Republican by title: the person just introduced is
    expect(speakerOf(article('allsides', 'allsides-573ab7c78a79').text, 'I hope he recognizes')).toBe('Steny Hoyer');
    expect(speakerOf(article('allsides', 'allsides-3717c2947d79').text, 'She was warned')).toBe('Mitch McConnell');
    // a party tag and a party in a title say whose party it is
    const warned = '\n\nJane Doe said it was bad. “It is over,” the Republican said.';
    expect(speakerOf(`Sen. John Roe (R-Idaho) and Sen. Jane Doe (D-Ore.) spoke.${warned}`, 'It is over')).toBe('John Roe');
    expect(speakerOf(`GOP Sen. John Roe and Sen. Jane Doe spoke.${warned}`, 'It is over')).toBe('John Roe');
    // never someone of the other party or another state, not even the one in focus
    expect(speakerOf('Sen. Jane Doe (D-Ore.) criticized the bill.\n\n“It is over,” the Republican said.', 'It is over')).toBeNull();
    expect(speakerOf('Sen. Jane Doe (R-Ore.) criticized the bill.\n\n“It is over,” the Oregon Democrat said.', 'It is over')).toBeNull();
    expect(speakerOf('Sen. Jane Doe (D-Ore.) criticized the bill.\n\n“It is over,” the Idaho senator said.', 'It is over')).toBeNull();
    // the one the article ties to the state, whoever is in focus
    expect(speakerOf('Sen. John Roe (R-Idaho) spoke.\n\nSen. Jane Doe (D-Ore.) spoke.\n\nMayor Tom Smith spoke.\n\n“It is over,” the Idaho senator said.', 'It is over'))
      .toBe('John Roe');
    // a lawmaker named just before in the sentence
    expect(speakerOf(article('allsides', 'allsides-34777d2942e2').text, 'mister,')).toBe('Devin Nunes');
  });

  it('reads a title written without its period as a title ("Sen Brian Schatz", "U.S. Rep Pete Gallego", "Gov Jane Doe")', () => {
    expect(speakerOf('“This is not a rhetorical flourish,” Sen Brian Schatz, D-Hawaii, said.', 'rhetorical')).toBe('Brian Schatz');
    expect(speakerOf(article('gva', 'gva-0af1c09c184c').text, 'As we all wait for more information')).toBe('Pete Gallego');
    // … with the role it names: "the governor" is Gov Jane Doe
    expect(speakerOf('Gov Jane Doe spoke.\n\nMayor Tom Smith spoke too.\n\n“It is over,” the governor said.', 'It is over')).toBe('Jane Doe');
  });

  it('names the person, not the place, in "Name of Place"', () => {
    expect(speakerOf(paragraphWith('gva', 'Republican Sen. Rob Portman of Ohio said'), 'still learning')).toBe('Rob Portman');
    expect(speakerOf(paragraphWith('allsides', 'Julie Swetnick of Washington, D.C., said'), 'excessive drinking'))
      .toBe('Julie Swetnick');
  });

  it('names the office or campaign someone heads ("Pence’s office added", "Romney\'s campaign said")', () => {
    expect(speakerOf('Pence met him.\n\n“At no time did the President direct our office,” Pence’s office added.', 'At no time')).toBe("Pence's office");
    expect(speakerOf(paragraphWith('allsides', 'Kemp’s office said it was investigating'), 'failed attempt')).toBe("Kemp's office");
  });

  it('reads a body named with "of", "for" and "and" whole ("the Department of Justice", "Citizens for Responsibility and Ethics")', () => {
    expect(speakerOf('“No,” the Department of Justice said.', 'No')).toBe('Department of Justice');
    expect(speakerOf('“No,” said the Department of Health and Human Services.', 'No')).toBe('Department of Health and Human Services');
    expect(speakerOf(paragraphWith('allsides', 'tweeted Citizens for Responsibility'), 'making Trump money')).toBe('Citizens for Responsibility and Ethics');
    // "on" after a committee or a council names what it deals with ("Smith said on Monday" stays Smith)
    expect(speakerOf(paragraphWith('allsides', 'The American Council on Education, which represents'), 'continuing attacks')).toBe('American Council on Education');
    expect(speakerOf('“We object,” the House Committee on Oversight and Reform said on Monday.\n\n“No,” Smith said on Tuesday.', 'We object'))
      .toBe('House Committee on Oversight and Reform');
    expect(speakerOf('“We object,” the House Committee on Oversight and Reform said on Monday.\n\n“No,” Smith said on Tuesday.', 'No')).toBe('Smith');
    expect(speakerOf('“We disagree,” said the City Council on Friday.', 'We disagree')).toBe('City Council');
    expect(speakerOf('“No,” said the White House Task Force on Gun Violence.', 'No')).toBe('White House Task Force on Gun Violence');
    // a person's title and a place stay apart from the name; "and" joins no two people or bodies
    expect(speakerOf(paragraphWith('gva', 'said U.S. Attorney Bill Killian for'), 'no safety concerns')).toBe('Bill Killian');
    expect(speakerOf('“No,” said U.S. Attorney for the Eastern District of Tennessee Bill Killian.', 'No')).toBe('Bill Killian');
    expect(speakerOf('Secretary of State John Kerry and the White House spoke.\n\n“No,” the secretary said.', 'No')).toBe('John Kerry');
    expect(speakerOf('“It is wrong,” Erika Andiola, a DREAMer with the Fight for Our Dream organization said.\n\n“We need it,” she said.', 'We need it'))
      .toBe('Erika Andiola');
  });

  it('gives a quote to a body named after "the", by the long form the article gives', () => {
    const a = article('allsides', 'allsides-68dceb21c946');
    expect(speakerOf(a.text, 'Mistakes were made initially')).toBe('Internal Revenue Service');
    expect(speakerOf(paragraphWith('allsides', 'The Associated Press reports from Pyongyang'), 'North Koreans danced'))
      .toBe('Associated Press');
  });

  it('names a body by the ending the article gives it ("ABC" is "ABC News", "the Safari Club" "Safari Club International")', () => {
    expect(speakerOf(article('basil', 'basil-8bcf869c88b8').text, 'tell them how much you appreciate')).toBe('Safari Club International');
    expect(speakerOf('ABC News aired the interview.\n\n“We stand by it,” ABC said.', 'We stand by it')).toBe('ABC News');
    expect(speakerOf('The Safari Club International sued.\n\n“We won,” the Safari Club said.', 'We won')).toBe('Safari Club International');
    // "News" only after initials: Google News is a product of Google; not a name that goes on, nor the end of a longer name
    expect(speakerOf('Google News ranked it first.\n\n“We rank fairly,” Google said.', 'We rank fairly')).toBe('Google');
    expect(speakerOf('ABC News Radio aired the interview.\n\n“We stand by it,” ABC said.', 'We stand by it')).toBe('ABC');
    expect(speakerOf('Radio France International reported it.\n\n“We deny it,” France said.', 'We deny it')).toBe('France');
  });

  it('keeps a name whole around a nickname that ends with a period', () => {
    expect(speakerOf(paragraphWith('gva', 'said Ulysses "U.S." Floyd'), 'School had just let out')).toBe('Ulysses Floyd');
  });

  it('reads past a party and state tag: "Pelosi, D-Calif., said", "Rose (D-N.Y.) said", "McConnell, R-Ky., who …, said"', () => {
    expect(speakerOf(paragraphWith('basil', 'Nancy Pelosi, D-Calif., said the bill'), 'restores the people')).toBe('Nancy Pelosi');
    expect(speakerOf(paragraphWith('basil', 'freshman Rep. Max Rose (D-N.Y.) said'), 'just the first step')).toBe('Max Rose');
    expect(speakerOf(paragraphWith('basil', 'Mitch McConnell, R-Ky., who backed'), 'he must step aside')).toBe('Mitch McConnell');
    expect(speakerOf(paragraphWith('allsides', 'Sen. Susan Collins, R-Maine, a key participant'), 'intolerable delays'))
      .toBe('Susan Collins');
    // A tag's period that ends the sentence still ends it.
    const sanders = paragraphWith('allsides', 'Sen. Bernie Sanders, I-Vt. Sanders has condemned');
    expect(speakerOf(`${sanders}\n\n"I am sickened by this," Sanders said.`, 'I am sickened')).toBe('Bernie Sanders');
    // but a quote right after the tag goes on with the speaker: `said Rep. Steve Israel, D-N.Y. "But I do think`
    expect(speakerOf(paragraphWith('basil', 'said Rep. Steve Israel, D-N.Y.'), 'But I do think')).toBe('Steve Israel');
    // and a state spelled out keeps its period as the sentence's
    expect(speakerOf(paragraphWith('allsides', 'Ruben Hinojosa, D-Texas.'), 'It is deeply disheartening')).toBe('Ruben Hinojosa');
    // a sentence does not go on in lower case: "Rep. Trey Gowdy, R-S.C. told", "Kevin McCarthy, R-Calif. said:"
    expect(speakerOf(paragraphWith('allsides', 'Rep. Trey Gowdy, R-S.C. told'), 'finish it the hell up')).toBe('Trey Gowdy');
    expect(speakerOf(paragraphWith('allsides', 'Kevin McCarthy, R-Calif. said'), 'abundantly clear')).toBe('Kevin McCarthy');
  });

  it('gives a role in an agency known by its initials to whoever holds it, else to the description ("the ATF agent said")', () => {
    expect(speakerOf(article('gva', 'gva-8e7b70fd0a44').text, 'are believed to belong to the same gang')).toBe('the ATF agent');
    const named = '“Both men are gang members,” FBI Special Agent John Smith said.\n\n“No,” the FBI agent added.';
    expect(speakerOf(named, 'No')).toBe('John Smith');
  });

  it('gives "her aunt said" to the person named as the aunt of someone "her" may be ("Saunders, Solomon\'s aunt")', () => {
    expect(speakerOf(article('gva', 'gva-ed9a52a60dc0').text, 'She was full of life')).toBe('Kieshah Cain Saunders');
    // a father of five is not "his father", and the person in focus is not their own relation
    const text = '“We are praying,” said John Doe, a father of five.\n\n“He was a good boy,” his father said.';
    expect(speakerOf(text, 'He was a good boy')).toBe('his father');
  });

  it('takes the body before an appositive that describes it ("the Log Cabin Republicans, a gay men and lesbian group, which said")', () => {
    expect(speakerOf(paragraphWith('basil', 'a gay men and lesbian group, which said'), 'wrong for Governor Perry')).toBe('Log Cabin Republicans');
  });

  it('takes the name before a description that a clause says which one it is ("Laura Cooper, a Defense Department official who testified")', () => {
    expect(speakerOf(paragraphWith('allsides', 'Laura Cooper, a Defense Department official who testified'), 'concerns about corruption')).toBe('Laura Cooper');
    const text = 'She cited Michael Bloomberg, the businessman who wrote that it was “pure fantasy to think that wages will rise.”';
    expect(speakerOf(text, 'pure fantasy')).toBe('Michael Bloomberg');
    // nor a name ending a phrase that opens the sentence
    expect(speakerOf('After meeting with Nancy Pelosi, a senior aide who said the talks were “productive and long overdue” left.', 'productive'))
      .toBe('a senior aide');
    // a description closed by nothing is the subject of its own clause
    expect(speakerOf('She spoke with Ms. Kelley, the official said. “We need more time,” she added.', 'more time')).toBe('the official');
  });

  it('keeps apart people who share a surname when a title gives another gender ("Mr. Trump", "Melania Trump")', () => {
    const a = article('basil', 'basil-36f36528026e');
    expect(speakerOf(a.text, 'As a mother, a wife')).toBe('Melania Trump');
  });

  it('reads a sentence-initial subject past a stray comma ("Pablo Alvarado of the … Network, said he …")', () => {
    const text = 'Mitch McConnell said it was bad.\n\nPablo Alvarado of the National Day Laborer Organizing Network, said he was unimpressed.'
      + '\n\n"We need less leaks," he said.';
    expect(speakerOf(text, 'We need less leaks')).toBe('Pablo Alvarado');
  });

  it('keeps the narration with the subject when a subordinate clause reports someone else ("Graham suggested Trump think twice before tweeting")', () => {
    expect(speakerOf(article('basil', 'basil-1ce19a8c7812').text, 'You tweet and comment')).toBe('Lindsey Graham');
  });

  it('does not take the next sentence as the cue of a quote its own sentence introduced ("Palin said she was “saddened … ‘racists.’” The former Alaska governor said")', () => {
    expect(speakerOf(article('basil', 'basil-0b520abab366').text, 'saddened by the NAACP')).toBe('Sarah Palin');
  });

  it('reads past a party tag that spells out the state ("Sen. Lindsey Graham, R-South Carolina, told CBS")', () => {
    expect(speakerOf(article('allsides', 'allsides-c562375fe3bb').text, 'going over the cliff')).toBe('Lindsey Graham');
    const alone = 'But Sen. Lindsey Graham, R-South Carolina, told CBS\' "Face the Nation" that "I think we\'re going over the cliff."';
    expect(speakerOf(alone, 'going over the cliff')).toBe('Lindsey Graham');
  });

  it('gives a verb after "and" the subject of its clause ("Espy denied the charge and said", "Robach said the network … and called")', () => {
    expect(speakerOf(article('allsides', 'allsides-49d8f8daec19').text, 'we all know what came out')).toBe('Mike Espy');
    expect(speakerOf(article('allsides', 'allsides-0ddb4c5a2a7b').text, 'a private moment of frustration')).toBe('Amy Robach');
    // inside a subordinate clause, the clause's own subject: "after … Rouhani criticized Trump and warned"
    expect(speakerOf(article('allsides', 'allsides-aa68e667b933').text, 'play with the lion')).toBe('Hassan Rouhani');
  });

  it('reads "the company said" as the organisation named before it, never as "company"', () => {
    // "But Facebook reinstated the ads shortly thereafter. “…,” the company said."
    expect(speakerOf(article('allsides', 'allsides-882e2b6e56aa').text, 'In the interest of allowing robust debate')).toBe('Facebook');
    // "the department": the name with that noun, "Metropolitan Police Department"
    expect(speakerOf(article('allsides', 'allsides-27597f82bebd').text, 'will appear in custody')).toBe('Metropolitan Police Department');
    expect(speakerOf('The man was hurt.\n\n"We are looking into it," the company said.', 'We are looking into it')).toBeNull();
  });

  it('reads "the group said" as a body named in words two paragraphs back, when no body was named since', () => {
    // "Civil Human Rights Front (CHRF) … wrote on its Facebook page … ¶ In addition …, protesters have demanded … ¶ The group said …, “…”"
    expect(speakerOf(article('allsides', 'allsides-638544910158').text, 'police getting out of control')).toBe('Civil Human Rights Front');
    const wrote = (body: string, noun: string): string | null => speakerOf(
      `${body} wrote that the plan was a “major political error.”\n\nIn addition, protesters have long demanded an inquiry.\n\nThe ${noun} said: “We will go on.”`, 'We will go on');
    expect(wrote('Civil Human Rights Front', 'group')).toBe('Civil Human Rights Front');
    // not a word that may be no body's name, nor for the noun of one kind of body, which says which
    expect(wrote('Buick', 'group')).toBeNull();
    expect(wrote('Civil Human Rights Front', 'company')).toBeNull();
    // nor when another body was named since
    expect(speakerOf('Civil Human Rights Front wrote that the plan was a “major political error.”\n\nIn addition, protesters demanded an inquiry '
      + 'by the Hong Kong Bar Association.\n\nThe group said: “We will go on.”', 'We will go on')).not.toBe('Civil Human Rights Front');
  });

  it('finds the subject before a negated auxiliary ("Hillary Clinton didn’t pull any punches … she said")', () => {
    const a = article('allsides', 'allsides-560ba669b3b7');
    expect(speakerOf(a.text, 'When people in power invent')).toBe('Hillary Clinton');
  });

  it('reads an inverted opening cue ("Added Gibbs: …") and a cue that names nobody gives way to one that does', () => {
    expect(speakerOf(paragraphWith('basil', 'Added Gibbs:'), 'who on earth')).toBe('Gibbs');
    // at the start of a paragraph, by the full name the article gives
    expect(speakerOf(article('basil', 'basil-8b315e119b1b').text, 'who on earth')).toBe('Robert Gibbs');
    // a video label in capitals before the name is not part of it
    expect(speakerOf(paragraphWith('allsides', "JUST WATCHED Dodd: 'I saw humanity"), 'I saw humanity')).toBe('Dodd');
    const affidavit = paragraphWith('gva', 'just scare her,” according to the affidavit');
    expect(speakerOf(affidavit, 'just scare her')).toBe('Ramirez-Lopez');
  });

  it('reads past link cards pasted into names ("Steven Mnuchin Steven Terner MnuchinNew book … MORE said")', () => {
    const a = article('allsides', 'allsides-b7d78f3f4a5f');
    expect(speakerOf(a.text, 'unless and until it is determined')).toBe('Steven Mnuchin');
    expect(speakerOf(a.text, 'lawlessness continues unabated')).toBe('Ron Wyden');
    expect(speakerOf(a.text, 'Secretary Mnuchin and the White House have blatantly')).toBe('Ron Wyden');
    // a headline inside a card is nobody's quote here
    expect(speakerOf(a.text, 'opportunity zone')).toBeNull();
  });

  it('follows a speaker the article names by one word only ("Clinton … saying …" then "she added")', () => {
    const a = article('allsides', 'allsides-1ba2cf218fd6');
    // every man named before is the wrong gender: the one-word speaker is left
    expect(speakerOf(a.text, 'You are graduating at a time')).toBe('Clinton');
    // "Clinton herself joked that …": the last speaker, though a woman was the focus a paragraph before
    expect(speakerOf(a.text, 'Long walks in the woods')).toBe('Clinton');
    // but a person named in full after a one-word speaker ("… by Politico …, led to Warren commenting") keeps the pronoun
    expect(speakerOf(article('allsides', 'allsides-882e2b6e56aa').text, 'Curious why I think FB')).toBe('Elizabeth Warren');
    // a word the article also writes in lower case is no name: "Investigators said they …" leaves "she said" to Hersman
    expect(speakerOf(article('allsides', 'allsides-c586d6490385').text, 'We are still looking at this issue')).toBe('Deborah Hersman');
  });

  it('reads a first name alone as the one person the article names in full with it ("Yvette said")', () => {
    const a = article('gva', 'gva-d9b3b167a100');
    expect(speakerOf(a.text, 'We hear shots all the time')).toBe('Yvette Ruffin');
    expect(speakerOf(a.text, 'I feel like everything is going to pieces')).toBe('Devin Henderson');
    // not a word with a capital inside, nor a "name" that ends in a common word ("Tijuana River")
    expect(speakerOf(article('allsides', 'allsides-781f337d24a2').text, 'confident in the accuracy')).toBe('BuzzFeed');
    // "Keith and Ann Blake …", then "Keith said …" and "he said": Keith Blake
    expect(speakerOf(article('allsides', 'allsides-fb9ff8c40189').text, 'nothing else to do')).toBe('Keith Blake');
    expect(speakerOf('“We left,” said Smith and Ann Blake’s son. Smith said so.', 'We left')).not.toBe('Smith Blake');
  });

  it('does not read "continues to" as speech ("Boo-Boo continues to be …", "Germany would continue to “…”")', () => {
    expect(speakerOf(article('gva', 'gva-4c2c4c4a82a7').text, 'He has a lot planned')).toBe('Latosha Hayes');
    expect(speakerOf(paragraphWith('allsides', 'German Chancellor Angela Merkel said Germany would continue'), 'do everything it can')).toBe('Angela Merkel');
  });

  it('gives a document’s words to whoever the sentence says put it out ("Flynn issued a personal statement that said")', () => {
    expect(speakerOf(paragraphWith('allsides', 'Flynn issued a personal statement that said'), 'I recognize that the actions')).toBe('Flynn');
    expect(speakerOf(paragraphWith('allsides', 'Fairfax put out a new statement Wednesday'), 'As I have stated previously')).toBe('Justin Fairfax');
    expect(speakerOf(paragraphWith('allsides', 'Hewlett-Packard issued a statement:'), 'We are deeply saddened')).toBe('Hewlett-Packard');
    // "a statement from X": X's words, not the messenger's
    const bolton = paragraphWith('allsides', 'released this statement from national security adviser John Bolton');
    expect(speakerOf(bolton, 'I spoke to the president')).toBe('John Bolton');
    // "said a statement from Christie spokesman Kevin Roberts", after Christie is named: the spokesman's
    expect(speakerOf(article('allsides', 'allsides-95947e0a4f17').text, 'The protocol is clear')).toBe('Kevin Roberts');
    // "said Romney spokeswoman Andrea Saul", Romney named before
    expect(speakerOf(article('allsides', 'allsides-696eaa7db53e').text, 'latest bad idea is to raise taxes')).toBe('Andrea Saul');
    // "the ads read": the author of the ads, not the outlet that reported them
    expect(speakerOf(article('allsides', 'allsides-b42dfa4baf61').text, 'Three companies have vast power')).toBe('Elizabeth Warren');
    // a document nobody in the sentence put out names nobody: "Another post that said …"
    expect(speakerOf(article('allsides', 'allsides-8f4275e365aa').text, 'Here is what I know, not from hearsay')).toBeNull();
  });

  it('gives "the statement said" to whoever an earlier sentence says put the statement out', () => {
    // "Gaston County Police said in a statement that …", then "…," the statement said.
    const gaston = article('gva', 'gva-d1435d480b43').text;
    expect(speakerOf(gaston, 'Officers responded to the scene')).toBe('Gaston County Police');
    expect(speakerOf(gaston, 'Gunfire was exchanged')).toBe('Gaston County Police');
    // "… have signed a letter from Representative Peter Welch …. The letter says …"
    expect(speakerOf(article('basil', 'basil-1d416f93e16f').text, 'should not back down')).toBe('Peter Welch');
    // "a recent Facebook post from the comedian", then "the post said"
    expect(speakerOf(article('allsides', 'allsides-af0378f6bea7').text, 'Je suis Charlie Coulibaly')).toBe("Dieudonne M'bala M'bala");
  });

  it('gives a document or a page to its owner ("Kavanaugh\'s statement said", "FreedomWorks’ website said")', () => {
    expect(speakerOf(article('allsides', 'allsides-afdae1af146e').text, 'This is a completely false allegation')).toBe('Brett Kavanaugh');
    expect(speakerOf(paragraphWith('basil', 'FreedomWorks’ website said'), 'Now that grass-roots conservatives')).toBe('FreedomWorks');
    // the owner of a document that does not speak is no subject: "Moore's speech followed …, where he said"
    expect(speakerOf(article('allsides', 'allsides-4b1f5e13a8ef').text, 'finding common ground')).toBe('Doug Jones');
  });

  it('reads past how something was said ("The Pentagon in a statement said", "Rhodes in the email said")', () => {
    expect(speakerOf(paragraphWith('allsides', 'The Pentagon in a statement said'), 'launched more than a dozen')).toBe('Pentagon');
    expect(speakerOf(paragraphWith('allsides', 'Rhodes in the email said'), 'To underscore that these protests')).toBe('Rhodes');
  });

  it('reads past when something was said ("Pelosi last month called", "Kushner, earlier this month even called")', () => {
    expect(speakerOf(paragraphWith('allsides', 'Nancy Pelosi last month called'), 'bedrock of peace')).toBe('Nancy Pelosi');
    expect(speakerOf(paragraphWith('allsides', 'Jared Kushner, earlier this month'), 'success story')).toBe('Jared Kushner');
  });

  it('gives speech someone should give to the one who said so ("he said the president should insist")', () => {
    const nadler = 'President Trump will meet Putin.\n\nJerrold Nadler stopped short, but he said the president should insist on it.'
      + '\n\n“I would not trust the president,” he said.';
    expect(speakerOf(nadler, 'would not trust')).toBe('Jerrold Nadler');
    expect(speakerOf(paragraphWith('allsides', 'Justice Samuel Alito said that if Title VII'), 'a big policy issue')).toBe('Samuel Alito');
  });

  it('keeps the narration with whoever reports what someone else said ("He said Trump asked him …", then "he said")', () => {
    expect(speakerOf(article('allsides', 'allsides-1eeb3f085547').text, 'great difficulty with the truth')).toMatch(/Corker/);
    expect(speakerOf(article('allsides', 'allsides-ca3c8344900b').text, 'And they did nothing')).toBe('Bryan Santiago');
    // a clause after a comma is a sentence's own: "Kinzinger urged …, though Sen. Lindsey Graham … said"
    expect(speakerOf(article('allsides', 'allsides-4cc47870bd37').text, 'lynching in every sense')).toBe('Lindsey Graham');
  });

  it('finds the spokesperson the article named for "the spokeswoman added", not after another one came up', () => {
    expect(speakerOf(article('gva', 'gva-0a83d9c27836').text, 'The FBI has personnel on the way')).toBe('Ayn Dietrich-Williams');
    expect(speakerOf('Ayn Williams, an FBI spokeswoman, said the agency is not responding.\n\n“We are on the way,” the spokeswoman said.', 'on the way'))
      .toBe('Ayn Williams');
    // "… quoted a ministry spokesman as saying. The spokesman said": North Korea's, not China's Hong Lei
    expect(speakerOf(article('allsides', 'allsides-24ebcb5f241d').text, 'continue to exercise our legitimate right')).not.toBe('Hong Lei');
  });

  it('gives a pronoun in a relative clause to the one it is about, when their gender is known', () => {
    expect(speakerOf(paragraphWith('allsides', 'Heyer’s mother, Susan Bro, who thanked'), 'those words of comfort')).toBe('Susan Bro');
    // "One friend of Jonah Barley, Latanya Banks, who said he called her …": he is not Latanya
    expect(speakerOf(paragraphWith('gva', 'Latanya Banks, who said he called her'), 'Grandma Tanya')).not.toBe('Latanya Banks');
  });

  it('gives a quote alone in its paragraph to the one the sentence before says wrote it ("hit back again in a pair of tweets")', () => {
    expect(speakerOf(article('allsides', 'allsides-e83fa04200eb').text, 'Sen. Corker is the incompetent head')).toMatch(/Trump/);
    expect(speakerOf('Adam Smith spoke first.\n\nJane Roe fired back later in a series of posts.\n\n“He is wrong about all of it.”', 'wrong about all'))
      .toBe('Jane Roe');
  });

  it('takes the name a sentence opens with as its subject across prepositional phrases ("Volker in his closed-door testimony described")', () => {
    expect(speakerOf(article('allsides', 'allsides-34777d2942e2').text, 'no,')).toMatch(/Volker/);
    // two capitalised words are no name: "Russian Collusion with the Trump Campaign … is", then "He returned"
    expect(speakerOf(article('allsides', 'allsides-3f308ae2006a').text, 'smoking gun about a campaign')).not.toBe('Russian Collusion');
  });

  it('keeps the last speaker two paragraphs on when the paragraph between is about them', () => {
    expect(speakerOf(article('gva', 'gva-a150f170e0f4').text, 'When I did go outside')).toBe('Alex Alcime');
    expect(speakerOf(article('allsides', 'allsides-ed1e0b697cd0').text, 'civil rights are civil rights')).toMatch(/Yates/);
    // a quoted headline with words after it in its paragraph is no one's
    expect(speakerOf(article('allsides', 'allsides-7be86d7f46fd').text, 'Desperate to find a way out')).toBeNull();
  });

  it('takes one word that a reflexive pronoun follows for a person of its gender ("Bolyard herself makes clear")', () => {
    const text = article('allsides', 'allsides-ceb5bd3e38f1').text;
    expect(speakerOf(text, 'Google is secretive about its algorithm')).toBe('Bolyard');
    expect(speakerOf(text, 'I performed the search')).toBe('Bolyard');
    // "She writes" is not Alex Jones, named last before it
    expect(speakerOf('Infowars, Alex Jones’ website, is placed in the center.\n\nBolyard herself makes clear how it works. She writes:\n\n“It is secret.”', 'It is secret'))
      .toBe('Bolyard');
  });

  it('reads "an aide to the House Ways and Means Committee" as someone described by the body they serve, whom "the aide" names again', () => {
    const text = article('basil', 'basil-d94ca5effa66').text;
    expect(speakerOf(text, 'The longer we wait')).toBe('an aide to the Republican-led House Ways and Means Committee');
    expect(speakerOf(paragraphWith('allsides', 'a special adviser to Nigerian President'), 'because the sale of human beings')).toMatch(/^a special adviser to/);
  });

  it('takes the person a dash aside names after a description ("Another member of the Gang of Eight – Sen. Marco Rubio – issued")', () => {
    expect(speakerOf(article('allsides', 'allsides-3e5174042c8c').text, 'encouraged by reports of an agreement')).toBe('Marco Rubio');
    expect(speakerOf('Another critic of the plan – Rep. Jane Roe of Ohio – issued a statement.\n\n“It will fail,” she said.', 'It will fail')).toBe('Jane Roe');
  });

  it('names someone unnamed by the clause that says which one they are ("A man who lives near the house on Wintergreen said")', () => {
    expect(speakerOf(paragraphWith('gva', 'A man who lives near the house on Wintergreen said'), 'It hits Deep Creek hard'))
      .toBe('a man who lives near the house on Wintergreen');
    expect(speakerOf(article('gva', 'gva-2f2dc659873e').text, 'does not belong to one gang')).toBe('another woman who wished to remain anonymous');
    // a clause with a speech verb of its own is no description: "An official who was briefed said senior officials had explained"
    expect(speakerOf(paragraphWith('allsides', 'A congressional official who was briefed on the matter'), 'started with two women'))
      .not.toMatch(/who was briefed/);
  });

  it('gives a surname shared by namesakes to the one named first, unless the mention says which ("Jackson", "Trump Jr.")', () => {
    // "…co-wrote a book with his father, Rev. Jesse Jackson" does not make "Jackson said" the father's
    expect(speakerOf(article('basil', 'basil-a2d0e41198a4').text, 'no excuses')).toBe('Jesse Jackson Jr.');
    const text = 'Donald Trump Jr. met the lawyer. His father, Donald Trump, was not told.\n\n“I love it,” Trump said.\n\n“It was short,” Trump Jr. said.';
    expect([speakerOf(text, 'I love it'), speakerOf(text, 'It was short')]).toEqual(['Donald Trump Jr.', 'Donald Trump Jr.']);
    expect(speakerOf('Donald Trump spoke first. His son, Donald Trump Jr., was there.\n\n“It was short,” Trump Jr. said.', 'It was short')).toBe('Donald Trump Jr.');
  });

  it('finds the holder of a role named earlier in the same sentence ("… showing Rep. Bob Etheridge …, the lawmaker said")', () => {
    expect(speakerOf(article('basil', 'basil-996fb141dc06').text, 'profoundly')).toBe('Bob Etheridge');
    // "Vindman corrected Nunes after the Republican referred to him as “mister”"
    expect(speakerOf(article('allsides', 'allsides-34777d2942e2').text, 'mister')).toBe('Devin Nunes');
  });

  it('gives the words to the person whose appositive names a body that has an appositive of its own', () => {
    // "Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, said"
    expect(speakerOf(article('basil', 'basil-0f2251b38e83').text, 'there is absolutely no way')).toBe('Evan Wolfson');
    expect(speakerOf(article('allsides', 'allsides-247cabac573b').text, "North Korea's totally down")).toBe('Doug Madory');
    // but a body described after a comma that follows no role stays the speaker
    expect(speakerOf('After meeting Smith, the group Acme, a lobby, said “no.”', 'no.')).toBe('Acme');
  });

  it('takes "a team from" a body for the body', () => {
    expect(speakerOf(article('allsides', 'allsides-b40117946d7e').text, 'If fully implemented')).toBe('Kaiser Family Foundation');
  });

  it('knows occupations and roles that speak ("the cameraman replies", "the caller says", "the writer said")', () => {
    expect(speakerOf(article('basil', 'basil-68e299eb5e37').text, 'just here for a project')).toBe('the cameraman');
    expect(speakerOf(article('gva', 'gva-b9302c265291').text, 'Please hurry')).toBe('the caller');
    expect(speakerOf(article('allsides', 'allsides-186cbe59cffc').text, 'We want the administration to succeed')).toBe('the writer');
  });

  it('reads "the 52-year-old man" after a man just named as him, not as a man described earlier', () => {
    // "The caller" (a man) comes first; "Jose Zuniga, who lives down the street, said … The 52-year-old man … said"
    expect(speakerOf(article('gva', 'gva-58aa66e5483c').text, 'first time anything like this')).toBe('Jose Zuniga');
  });

  it('lets a verb after "and" and an adverb share the subject ("Etheridge appears visibly irritated and immediately asks")', () => {
    expect(speakerOf(article('basil', 'basil-68e299eb5e37').text, 'who are you?')).toBe('Bob Etheridge');
    // "He soon added:"
    expect(speakerOf(article('allsides', 'allsides-67d0bda0783d').text, 'Also, there is NO COLLUSION')).toBe('Donald Trump');
  });

  it('does not take "did not tell the truth" for speech', () => {
    // "Sanders said the fact that Papadopoulos did not tell the truth “has nothing to do with the campaign”"
    const text = article('allsides', 'allsides-67d0bda0783d').text;
    expect([speakerOf(text, 'has nothing to do with the campaign'), speakerOf(text, 'He reached out and nothing happened')]).toEqual(['Sarah Sanders', 'Sarah Sanders']);
  });

  it('takes the person of a clause opening a paragraph for a pronoun further on ("After Pulliam\'s arrest, police said that he")', () => {
    expect(speakerOf(article('gva', 'gva-baf7df02822b').text, 'another piece of trash')).toBe('William Ronald Pulliam');
    // "Although Trump’s administration agreed …, he said in a statement"
    expect(speakerOf(article('allsides', 'allsides-d6451057face').text, 'made it clear to Turkey')).toMatch(/Trump/);
  });

  it('gives speech that goes on (", adding", "and added") to the one who said, not to the subject of what was said', () => {
    const pentagon = paragraphWith('allsides', 'The Pentagon in a statement said');
    expect(speakerOf(pentagon, 'It is clear that these missiles')).toBe('Pentagon');
    expect(speakerOf(article('allsides', 'allsides-3fc5f918865f').text, 'Date & Place set')).toMatch(/Trump/);
    expect(speakerOf(article('basil', 'basil-32b9b578ee88').text, 'break you in half')).toMatch(/Grimm/);
    // but "X reports Suthers says …, but says" is Suthers's, and "She said that Biden took her … and said" Biden's
    expect(speakerOf(paragraphWith('gva', 'Mayor John Suthers says authorities'), 'inferences from where')).toBe('John Suthers');
    expect(speakerOf(article('allsides', 'allsides-fef857d32f7c').text, 'OK. You')).toBe('Joe Biden');
    // a participle opening the sentence speaks for the main clause's subject, after the quotation
    expect(speakerOf(paragraphWith('basil', 'A day after telling reporters'), 'not going to talk about this anymore')).toBe('Anthony Weiner');
    expect(speakerOf('Donald Trump spoke.\n\nWhile calling it “disgraceful,” Trump also alluded to the leak.', 'disgraceful')).toBe('Donald Trump');
    // "said … that her isolation at a hospital was “inhumane,” adding:": the hospital is no subject
    expect(speakerOf(paragraphWith('allsides', 'that her isolation at a hospital'), 'We have to be very careful')).toBe('Kaci Hickox');
  });

  it('reads a retort ("Stone shot back:"), not return fire ("Officers fired back, wounding")', () => {
    expect(speakerOf(paragraphWith('allsides', 'Stone shot back:'), 'The more you')).toBe('Stone');
    expect(speakerOf(paragraphWith('basil', 'Ryan shot back:'), 'cookie jar')).toBe('Ryan');
    expect(speakerOf(paragraphWith('allsides', 'Officers fired back, wounding'), 'Suspect No. 1')).toBeNull();
  });

  it('reads a name after the words that describe it behind "according to" ("according to spokesman Drew Hammell")', () => {
    expect(speakerOf(paragraphWith('allsides', 'according to spokesman Drew Hammell'), 'the Iranian attacks')).toBe('Drew Hammell');
    expect(speakerOf(paragraphWith('gva', 'according to neighbor Rosie Sm'), 'What happened?')).toBe('Rosie Smith');
  });

  it('reads "the 43-year-old said" as the person the article is about', () => {
    expect(speakerOf(article('basil', 'basil-e0c5408081a0').text, 'It takes forethought')).toBe('Marco Rubio');
  });

  it('reads "the president reportedly said" as "the president said", an adverb before the verb', () => {
    expect(speakerOf(article('allsides', 'allsides-2517b615453d').text, 'Why are we having all these people')).toBe('Donald J. Trump');
    expect(speakerOf('Gov. Jane Roe spoke.\n\n“It is over,” the governor also told reporters.', 'It is over')).toBe('Jane Roe');
    // (an adverb opening the description is part of it: "the early reports said")
    expect(speakerOf('Gov. Jane Roe spoke.\n\n“It is over,” the early reports said.', 'It is over')).toBeNull();
  });

  it('resolves "Mr. Steele" to the full name given earlier in a BASIL article', () => {
    const a = article('basil', 'basil-7fb609ed2146');
    expect(speakerOf(a.text, 'trying to be cute')).toBe('Michael Steele');
  });
});

describe('attributeSpeakers: people described, not named', () => {
  it('names a speaker the article only describes by the description, and keeps it for what follows', () => {
    const text = '“It was loud,” a neighbor said. “We heard five shots,” she added.\n\n“The police came fast,” said the neighbor.';
    expect(speakers(text)).toEqual({ 'It was loud,': 'a neighbor', 'We heard five': 'a neighbor', 'The police came': 'a neighbor' });
    // "His friend thought nothing of it …", then "…," the friend told Reuters: one friend
    expect(speakerOf(article('gva', 'gva-e16c1ba5235c').text, "I didn't see it as a hint")).toBe('his friend');
    expect(speakerOf(paragraphWith('gva', 'said Etyra\'s mother'), "Every day there's a shooting")).toBe("Etyra's mother");
  });

  it('tells "another neighbor" from the one described before, and goes on with them', () => {
    const text = '“It was loud,” said one neighbor.\n\n“It was sad,” said another neighbor.\n\n“It was bad,” the neighbor said.';
    expect(speakers(text)).toEqual({ 'It was loud,': 'one neighbor', 'It was sad,': 'another neighbor', 'It was bad,': 'another neighbor' });
    expect(speakerOf(article('gva', 'gva-8cb72cbab416').text, 'I don’t know what happened')).toBe('another food truck vendor');
  });

  it('names someone described by whom they are for ("an attorney for the woman’s family said")', () => {
    expect(speakerOf(paragraphWith('allsides', 'An attorney for Litvinenko'), 'the clearest possible message')).toBe("an attorney for Litvinenko's widow");
    expect(speakerOf('The suspect “had no time,” an attorney for the woman’s family said.', 'had no time')).toBe("an attorney for the woman's family");
    // a spokesperson for someone stays their voice, not a person of its own
    expect(speakerOf('“We are sad,” a spokesman for the Justice Department said.', 'We are sad')).toBe('Justice Department');
  });

  it('reads a word for someone capitalised before a name as their role, not part of the name ("Neighbor Karen Radtke")', () => {
    const neighbor = 'Neighbor Karen Radtke heard shots.\n\n“It was loud,” the neighbor said.\n\n“We ran,” Neighbor Karen Radtke said.';
    expect(speakerOf(neighbor, 'It was loud')).toBe('Karen Radtke');
    expect(speakerOf(neighbor, 'We ran')).toBe('Karen Radtke');
    const commander = '“We are looking,” Commander Whitney Walton said.\n\n“No arrests,” Commander Walton said.';
    expect(speakerOf(commander, 'No arrests')).toBe('Whitney Walton');
    // a body's name, and a name that begins with such a word, stay whole
    expect(speakerOf('“It is done,” the Executive Office of the President said.', 'It is done')).toBe('Executive Office of the President');
    expect(speakerOf('“I am here,” Man Haron Monis said.', 'I am here')).toBe('Man Haron Monis');
  });

  it('prefers a name the description stands for', () => {
    // "the mother wrote" after "Megan Short recounts …": the focus, a woman
    const short = article('gva', 'gva-201377aeb396').text;
    expect(speakerOf(short, 'I can still feel the emotions')).toBe('Megan Short');
    expect(speakerOf(short, 'I have anxiety and nightmares')).toBe('Megan Short');
    // a name set off after the description: "said Smith's step-grandmother, Darlene Proxmire", "said the spokesman, Nick Merrill"
    expect(speakerOf(article('gva', 'gva-e16c1ba5235c').text, 'He was an awesome young man')).toBe('Darlene Proxmire');
    expect(speakerOf(article('basil', 'basil-790bc59c3f2d').text, 'It is by their choice')).toBe('Nick Merrill');
    // … and after a description with no article: "said store clerk, Nikki Moore", "said Tacoma Police Public Information Officer, Loretta Cool"
    expect(speakerOf(article('gva', 'gva-01ef27b67686').text, 'At that time about')).toBe('Nikki Moore');
    expect(speakerOf(article('gva', 'gva-5de3d01a03b9').text, 'We haven\'t had anything')).toBe('Loretta Cool');
    // "Jeb Bush of Florida, a leading Republican contender, who has argued …", then "he said"
    expect(speakerOf(article('basil', 'basil-e779a404123a').text, 'One fun fact')).toBe('Jeb Bush');
    // "His attorney, Alliance Defending Freedom senior counsel Kristen Waggoner, argued …", then "she said"
    expect(speakerOf(article('allsides', 'allsides-ee5f9ee221d5').text, 'It’s a 7 to 2 ruling')).toBe('Kristen Waggoner');
    // a description set before the name: "the same … New York-based tailor, Leonard Logsdail," then "the tailor said"
    expect(speakerOf(article('allsides', 'allsides-9c23142af586').text, 'He does take care of them')).toBe('Leonard Logsdail');
  });

  it('does not take a clause boundary or a participle for an appositive', () => {
    // "General Allen was never alone with Ms. Kelley, the official said"
    expect(speakerOf(article('allsides', 'allsides-3275763c26fd').text, 'affectionate in a few')).toBe('a senior official');
    // "Attorney Roberta Kaplan, representing Ms. Windsor, downplayed …", then "she said"
    expect(speakerOf(article('allsides', 'allsides-b3401a80199b').text, 'societal understanding')).toBe('Roberta Kaplan');
  });

  it('reads "said the statement from Grimm\'s attorney, William McGinley" and the statement after it', () => {
    const grimm = article('basil', 'basil-e3592d6fe907').text;
    for (const snippet of ['We are disappointed', 'From the beginning', 'Until then']) expect(speakerOf(grimm, snippet)).toBe('William McGinley');
  });

  it('credits a statement released by a body to the body, unless someone spoke in it', () => {
    // basil, the Hunters' indictment
    const hunter = article('basil', 'basil-06c7d3071edf').text;
    expect(speakerOf(hunter, 'tens of thousands of dollars on smaller purchases')).toBe('Justice Department');
    // "Trump said in a statement released by his campaign": Trump's words
    expect(speakerOf('“We must be tough,” Trump said in a statement released by his campaign.', 'We must')).toBe('Trump');
    expect(speakerOf('In a statement released by the White House, Trump called Pompeo the “right person for the job.”', 'right person'))
      .toBe('Trump');
  });

  it('keeps a possessive inside a body\'s name ("the U.S. Attorney’s Office", "Boston Children’s Hospital")', () => {
    expect(speakerOf('“Bills were mischaracterized,” the press release from the U.S. Attorney’s Office said.', 'Bills'))
      .toBe('U.S. Attorney\'s Office');
    expect(speakerOf('“We lied,” a statement from Children’s Hospital said.', 'We lied')).toBe('Children\'s Hospital');
    expect(speakerOf('“We lied,” said Dr. Ann Lee of Boston Children’s Hospital.', 'We lied')).toBe('Ann Lee');
    // gva: "said Chief Deputy Steve Johnson of the Douglas County Sheriff’s Office, according to the Denver Post"
    expect(speakerOf(article('gva', 'gva-6ed8ae8e26d9').text, 'We certainly did not see')).toBe('Steve Johnson');
    // owners in the plural open a body's name that ends as a body's does: "Marian Wright Edelman, president of the
    // Children’s Defense Fund, an advocacy group here, criticized the study as “…”" is Edelman's, not the fund's
    expect(speakerOf(article('basil', 'basil-6d37646c9412').text, 'nothing more than a continuation')).toBe('Marian Wright Edelman');
    expect(speakerOf('“We lied,” Sessions’ Justice Department said.', 'We lied')).toBe('Justice Department');
    // one owner is someone's: "Trump’s Justice Department" is the department
    expect(speakerOf('“We lied,” Trump’s Justice Department said.', 'We lied')).toBe('Justice Department');
  });

  it('reads "read" after a subject as a verb that ends it, and a counted plural as a noun ("A representative read out a statement …, explaining that … the five demands")', () => {
    expect(speakerOf(article('allsides', 'allsides-638544910158').text, 'not settle for less')).toBe('a representative');
    // "… than the five demands, after witnessing “…”": a counted plural is a noun, no speech verb of "the five"
    expect(speakerOf(article('allsides', 'allsides-638544910158').text, 'the evil the government has shown')).toBe('a representative');
    expect(speakerOf('Jane Roe spoke, explaining that they would “not settle” than the many demands, after “the evil we saw.”', 'the evil')).toBe('Jane Roe');
    // "Representative Lamborn read from the report … ¶ “…” he asked": Lamborn, not the general who answers
    expect(speakerOf(article('allsides', 'allsides-8ae96f159abe').text, 'They say, ‘DIA assess')).toBe('Doug Lamborn');
  });

  it('reads an -ed word after a determiner as an adjective of the description ("the unidentified official wrote")', () => {
    expect(speakerOf('“Our first duty is to this country,” the unidentified official wrote.', 'first duty')).toBe('the unidentified official');
    expect(speakerOf('Sen. Bob Menendez spoke. “I am innocent,” the embattled senator said.', 'innocent')).toBe('Bob Menendez');
  });

  it('reads verbs of speech said with feeling ("sobbed", "fumed", "begged")', () => {
    // gva: "“I can't believe this happened…,” Doreen Warren, the eldest victim's mother, sobbed by phone."
    expect(speakerOf(article('gva', 'gva-126e3870fa32').text, 'believe this happened')).toBe('Doreen Warren');
    expect(speakerOf('“Please come home,” his mother begged.', 'Please')).toBe('his mother');
    expect(speakerOf('Jo Ames was there. “Please come home,” Ames begged.', 'Please')).toBe('Jo Ames');
  });

  it('reads names behind a title with "in" and an age', () => {
    expect(speakerOf(article('gva', 'gva-969dfbd44f80').text, 'We will be here several days')).toBe('Ed Reinhold');
    expect(speakerOf('“We will be here,” said Special Agent in Charge Ed Reinhold.', 'We will')).toBe('Ed Reinhold');
    // "Paul Elen, 64, who was visiting his brother …, said he “heard about 15, 20 shots.”"
    const elen = article('gva', 'gva-d008639daad3').text;
    expect(speakerOf(elen, 'heard about 15, 20 shots')).toBe('Paul Elen');
    expect(speakerOf(elen, 'First it was two shots')).toBe('Paul Elen');
    // gva, Brighton Park: "Ald. Raymond Lopez, 15th, said": an alderman and his ward
    const lopez = article('gva', 'gva-a2638d413808').text;
    expect(speakerOf(lopez, 'We believe an assault rifle was used')).toBe('Raymond Lopez');
    expect(speakerOf('Ald. Raymond Lopez spoke. “It is proof,” the alderman said.', 'It is proof')).toBe('Raymond Lopez');
    expect(speakerOf('Councilman Bob Hall spoke. “It is proof,” the councilman said.', 'It is proof')).toBe('Bob Hall');
  });
  it('gives the words of a group that speaks as one to the group, as the article words it', () => {
    expect(speakerOf('“We are looking for him,” police said.', 'We are looking')).toBe('police');
    expect(speakerOf('“We are looking for him,” the police said.', 'We are looking')).toBe('police');
    expect(speakerOf('“It is unlawful,” the justices said in the unsigned opinion.', 'It is unlawful')).toBe('the justices');
    expect(speakerOf('“He lied,” federal prosecutors wrote.', 'He lied')).toBe('federal prosecutors');
    expect(speakerOf('“Clear the area,” said Cambridge police.', 'Clear the area')).toBe('Cambridge police');
    expect(speakerOf('“We are sad,” the Griego family said in a statement.', 'We are sad')).toBe('the Griego family');
    expect(speakerOf('“We are sad,” Smith’s family said.', 'We are sad')).toBe('Smith\'s family');
    expect(speakerOf('“He was kind,” said family friend Tracy Hames.', 'He was kind')).toBe('Tracy Hames');
    // "family" ends in -ly and is no adverb before the verb
    expect(speakerOf('The family issued a statement saying, “Our family is grieving.”', 'grieving')).toBe('the family');
    // "South Korea’s presidential spokesman said": the one spoken for, a country too
    expect(speakerOf('South Korea’s presidential spokesman said in response: “We are cautiously optimistic.”', 'cautiously')).toBe('South Korea');
    // a group is never "he": "Mr. Boehner delivered what aides called a wake-up call. “…,” he said"
    expect(speakerOf(article('basil', 'basil-a512a9d71784').text, 'two-in-three chance')).toMatch(/Boehner/);
    // the one who said it, not the group that reports it: "Stone told Credico, “…,” prosecutors said"
    const stone = 'Roger Stone spoke.\n\nOver text message, Stone told Credico, “Stonewall it,” prosecutors said.';
    expect(speakerOf(stone, 'Stonewall it')).toBe('Roger Stone');
    // "…,” aides said Mr. Ryan told his colleagues": the one they report
    expect(speakerOf('Tim Ryan lost.\n\n“We got wiped out,” aides said Mr. Ryan told his colleagues.', 'wiped out')).toBe('Tim Ryan');
  });

  it('gives an unnamed official, of a country or of a body, as a description; a spokesman speaks for the body', () => {
    // allsides: "“Until formal guidance is issued, nothing is going to change,” one U.S. defense official told Fox News"
    expect(speakerOf(article('allsides', 'allsides-9653c2c72ab3').text, 'Until formal guidance is issued')).toBe('one U.S. defense official');
    expect(speakerOf('“It is bad,” a senior Israeli official said.', 'It is bad')).toBe('a senior Israeli official');
    expect(speakerOf('“It is bad,” a White House official said.', 'It is bad')).toBe('a White House official');
    expect(speakerOf('“It is bad,” a State Department spokesman said.', 'It is bad')).toBe('State Department');
    // allsides: "A former Trump campaign official said …" then "“He was a foreign policy adviser,” said the official"
    expect(speakerOf(article('allsides', 'allsides-67d0bda0783d').text, 'He was a foreign policy adviser')).toBe('a former Trump campaign official');
    // a definite description with other names in it is not the official described before
    const twoOfficials = 'A White House official said talks were over.\n\n“We will wait,” the North Korean official said.';
    expect(speakerOf(twoOfficials, 'We will wait')).toBe('the North Korean official');
  });

  it('finds the subject past a long appositive, a dash aside and "all but"', () => {
    // "Aaron Y. Zelin, a fellow at the Washington Institute for Near East Policy who monitors Arabic-language
    // websites tied to extremist groups in the region, said he had no record …" (after an official's quote)
    expect(speakerOf(article('allsides', 'allsides-478b16fd2971').text, 'I was following that specific Facebook page')).toBe('Aaron Y. Zelin');
    // "Corker — who says Trump did actually offer to support his re-election bid — responded with a zinger:"
    expect(speakerOf(article('allsides', 'allsides-e83fa04200eb').text, 'Same untruths from an utterly untruthful')).toBe('Bob Corker');
    // "Top Republican Sen. John Thune, of South Dakota, all but confirmed Wednesday that …" then "he told Fox News"
    expect(speakerOf(article('basil', 'basil-ffd0a36522c3').text, 'We will do what is necessary')).toBe('John Thune');
    // an appositive left open before the verb: "…,” Gail Krause, a spokeswoman for the Orange County Sheriff told the Daily News"
    const krause = '“We are still trying,” Gail Krause, a spokeswoman for the Orange County Sheriff told the Daily News.';
    expect(speakerOf(`Aoki was found there.\n\n${krause}`, 'We are still trying')).toBe('Gail Krause');
  });

  it('reads a name and its description before a colon ("Added Sen. Ron Wyden, Oregon Democrat: “…”")', () => {
    expect(speakerOf(article('allsides', 'allsides-ebb6dc80e67c').text, 'These reports, if true')).toBe('Ron Wyden');
    expect(speakerOf('Tweeted Randi Winegarten, president of the American Federation of Teachers: “Walk this back.”', 'Walk this')).toBe('Randi Winegarten');
  });

  it('gives ", saying" to the one who says or asks, not to the subject of what is said or asked', () => {
    expect(speakerOf(paragraphWith('allsides', 'Rouhani questioned whether the U.S. can embrace'), 'There were no times')).toBe('Rouhani');
    expect(speakerOf(paragraphWith('allsides', 'would not directly answer Wednesday whether Trump still has confidence'),
      'as of right now')).toBe('Kayleigh McEnany');
    // a clause of time is not what was said: its subject may speak on ("before one officer rapped against it, shouting")
    expect(speakerOf(paragraphWith('allsides', 'before one officer rapped against it, shouting'), 'Open the door')).toBe('one officer');
    // a name before a plural and a comma is no body speaking on: "the height of the Vietnam War protests,
    // explaining" (a noun phrase), "as The Washington Post reports, calling" (an aside); but a body's own clause is
    expect(speakerOf(article('allsides', 'allsides-3a45e9610efd').text, 'deep differences over civil rights')).toBe('Hillary Clinton');
    expect(speakerOf(article('allsides', 'allsides-998181383dd8').text, 'premature.')).toBe('Marco Rubio');
    expect(speakerOf('Critics balked, but the Pentagon insists, adding that “we will not back down.”', 'we will not back down')).toBe('Pentagon');
  });

  it('reads whose document the words before a colon name ("Trump\'s tweet, posted in all-capital letters: “…”")', () => {
    const tweet = article('allsides', 'allsides-aa68e667b933').text;
    expect(speakerOf(tweet, 'OR YOU WILL SUFFER')).toMatch(/Trump$/);
    // and the pronoun of the next paragraph is his
    expect(speakerOf(tweet, 'WE ARE NO LONGER A COUNTRY')).toMatch(/Trump$/);
    expect(speakerOf('Smith met the press. Obama\'s statement: “We will act.”', 'We will')).toBe('Obama');
    // a participle phrase may follow the document, a clause may not
    expect(speakerOf('Obama\'s statement, which Smith read aloud: “We will act.”', 'We will')).toBeNull();
  });

  it('takes no street or sentence opener for a name ("a deli on Blake Ave and Logan Ave", "Top Trump officials")', () => {
    expect(speakerOf(article('gva', 'gva-4460226232b6').text, 'We’re terrified')).toBe('Javier');
    // "Top Trump administration officials pushed back …": "Top" opens the sentence, it is no first name
    expect(speakerOf('Top Trump administration officials pushed back. “We are fine,” Trump said.', 'We are fine')).toBe('Trump');
  });
  it('finds the subject before a parenthesis and a comma ("Rep. Steve King (R-Iowa), tweeted")', () => {
    expect(speakerOf(article('basil', 'basil-08e0df719b7a').text, '#Labrador is pro amnesty')).toBe('Steve King');
    // "Sen. John McCain (R-Ariz.), recovering at home …, urged his colleagues not to “…”", then a bare quote
    expect(speakerOf(article('allsides', 'allsides-978a3ce26b28').text, 'One of the major problems with Obamacare')).toBe('John McCain');
  });

  it('gives a quote after a colon to the subject of the clause before it, when that clause has no speech verb', () => {
    expect(speakerOf(article('allsides', 'allsides-214b165d9543').text, 'Made additional remarks on Charlottesville')).toBe('Donald Trump');
    // the colon ends the paragraph before the quote's
    expect(speakerOf(article('gva', 'gva-1f90433e353e').text, 'What occurred today in my hometown')).toBe('Fred Upton');
    // "a tart rejoinder from Mr. Cameron:", "Statement from Orange County Sheriff Jerry Demings:"
    expect(speakerOf(article('allsides', 'allsides-925e37563fa3').text, 'We are holding an Olympic Games')).toBe('David Cameron');
    expect(speakerOf(article('gva', 'gva-3910ed6d3b56').text, 'have been working with Walmart')).toBe('Jerry Demings');
    // the clause's subject, not a body named after "from" ("reacted to comments … from the White House:")
    expect(speakerOf(article('gva', 'gva-2d0396aadd06').text, 'tried to politicize this tragedy')).toBe('Doug Lamborn');
    // "In another social media post made by Guyger, she discussed …": not the noun after "In"
    expect(speakerOf(article('allsides', 'allsides-4c19172ce41f').text, 'I wear all black')).toBe('Amber Guyger');
  });

  it('reads the colon before a quote paragraph when the sentence with it names no speaker, though it has a speech verb', () => {
    // "… released a statement Friday morning which said, in part: ¶ “…”": the statement names no one; the subject speaks
    expect(speakerOf(article('gva', 'gva-cfb13269ef5d').text, 'This senseless act once again highlights')).toBe('Bonnie Dumanis');
  });

  it('leaves a colon quote to no one when the clause before it is about something else or someone addressed', () => {
    // the subject is a headline whose head the preposition hides; not "the Romney campaign" of the clause after "what"
    expect(speakerOf(article('allsides', 'allsides-39edd16dcfbd').text, 'Mitt Romney questions whether Britain')).toBeNull();
    // the subject of what an unreadable speaker said
    expect(speakerOf('Iowa GOP official says Christians should enjoy special rights: ‘There’s only one true God’', 'one true God')).toBeNull();
    expect(speakerOf('Reporters gathered. Smith was pressed on the plan: “Will you resign?”', 'Will you resign')).toBeNull();
    // a quote earlier in the sentence keeps its speaker for the one after the colon
    expect(speakerOf(article('allsides', 'allsides-c562375fe3bb').text, "I looked at him and I said")).toBe('John Boehner');
  });

  it('names the one a text quotes "as saying" ("it quotes Hastert as saying", "Moore quoted Trump as saying")', () => {
    expect(speakerOf(article('allsides', 'allsides-d176019700de').text, 'I kept the cash')).toMatch(/Hastert$/);
    expect(speakerOf(article('allsides', 'allsides-8d77be423863').text, 'Go get ‘em, Roy!')).toBe('Donald Trump');
    expect(speakerOf('Wolff spoke to him. “This is all about money,” Wolff quotes Bannon as saying.', 'all about money')).toBe('Bannon');
    // "quoted as saying" with no one after "quoted" keeps the subject
    expect(speakerOf('“They had no lawyers,” Bannon is quoted as saying in the book.', 'no lawyers')).toBe('Bannon');
  });

  it('reads a friend or lawyer "of" or "for" someone as that described person, before and after the verb', () => {
    const text = article('allsides', 'allsides-1867305a3ef4').text;
    expect(speakerOf(text, 'He perceives himself as the one being wronged')).toBe('a friend of Hastert');
    expect(speakerOf('“He is fine,” said a neighbor of the victim on Monday. “We are sad,” the neighbor said.', 'We are sad')).toBe('a neighbor of the victim');
    // a title "of" a place is no described person: the name before it speaks
    expect(speakerOf('Scott Smith, the mayor of Mesa, said the bill “is wrong.”', 'is wrong')).not.toMatch(/mayor/);
  });

  it('reads the holder after a title and a comma, and a party description after a name ("Gowdy, Republican of South Carolina, wrote")', () => {
    expect(speakerOf(article('gva', 'gva-090096919ae9').text, 'It was a violent crime that we had')).toBe('Larry Smith');
    expect(speakerOf(article('basil', 'basil-790bc59c3f2d').text, 'only exacerbates our need')).toBe('Trey Gowdy');
    // "Rep. Peter King, R-New York, told": a name with its title, then a party tag
    expect(speakerOf(article('allsides', 'allsides-582b64d78302').text, 'It just doesn')).toBe('Peter King');
  });

  it('takes no cue for a quote from a next sentence that reports a clause ("…" A friend of Roof said Roof told him …)', () => {
    expect(speakerOf(article('gva', 'gva-e2e534e5b7c2').text, 'It is the most dastardly act')).toBe('Joseph P. Riley');
    expect(speakerOf(article('allsides', 'allsides-a2de565e7442').text, 'Too many jobs in China lost')).toBe('Donald Trump');
    // past an appositive of the clause's subject ("Police said Roof, 21, was arrested")
    expect(speakerOf(article('gva', 'gva-e2e534e5b7c2').text, 'this moves us into a different phase')).toBe('Loretta Lynch');
    expect(speakerOf('“We are done.” Police said, adding that more would come.', 'We are done')).toBe('Police');
  });

  it('gives "the department said" to the body of that noun named paragraphs before, not "the organization" to any', () => {
    const text = 'The state Department of Health said the nurse could go.\n\nChristie stood by it.\n\nThe governor spoke.\n\nMaine officials agreed.\n\n“She will remain here,” the department said.';
    expect(speakerOf(text, 'She will remain here')).toBe('Department of Health');
    const organisation = 'The World Health Organization spoke.\n\nChristie stood by it.\n\nThe governor spoke.\n\nMaine officials agreed.\n\n“It is wrong,” the organization said.';
    expect(speakerOf(organisation, 'It is wrong')).toBeNull();
  });

  it('reads "Robert P. Young, Jr." before a verb as the name, not its suffix, and "Salt Lake City" as no person', () => {
    expect(speakerOf(article('gva', 'gva-1f90433e353e').text, 'Our prayers and condolences')).toBe('Robert P. Young');
    expect(speakerOf('Mitt Romney spoke in London. As in Salt Lake City, Utah, was the clear meaning. He said: “I am delighted.”', 'I am delighted')).toBe('Mitt Romney');
  });

  it('reads "it said" as the body that acted just before, or the source quoted just before', () => {
    // "The state-run Korea Central News Agency said that … It added that Pompeo and Kim “reached a satisfactory consensus …”"
    expect(speakerOf(article('allsides', 'allsides-b174d235a05f').text, 'reached a satisfactory consensus')).toBe('Korea Central News Agency');
    expect(speakerOf('The NAACP passed a resolution. It said the movement could “become more dangerous.”', 'become more')).toBe('NAACP');
    // Labrador's website is quoted, then "“His mother worked many different jobs …,” it says."
    expect(speakerOf(article('basil', 'basil-08e0df719b7a').text, 'His mother worked many different jobs')).toBe('Raul Labrador');
    // "since it was first called in": no speech; the sheriff of the sentence before speaks
    expect(speakerOf(article('gva', 'gva-777a3605fbd1').text, 'We want to assure the community')).toBe('Leroy Ravenell');
  });
  it('reads an inverted cue after words that end the quote\'s sentence ("“…” into later-stage trials, said Daniel Salmon")', () => {
    expect(speakerOf(article('allsides', 'allsides-5c6dc4ef917f').text, 'I would certainly take this as good news')).toBe('Daniel Salmon');
    // "…,” diGenova, who has informally been an adviser …, told Fox News": Fox News is who he told
    expect(speakerOf(article('basil', 'basil-abe6cc11ee86').text, 'I am appalled that the U.S. Department of Justice')).toBeNull();
  });
});

describe('attributeSpeakers: titles, modifiers and described people', () => {
  it('reads a title that is also a surname as the person named in full ("King said" after "Peter King")', () => {
    expect(speakerOf(article('allsides', 'allsides-fc75f1aa4d43').text, 'If there’s anybody else that he was dealing with')).toBe('Peter King');
    expect(speakerOf(article('allsides', 'allsides-5dd76d65173f').text, 'admires socialism')).toBe('Dan Bishop');
    // a monarch stays a title: no one of that surname is named
    expect(speakerOf('The King spoke. “It is tragic,” the King said.', 'It is tragic')).toBeNull();
  });

  it('reads the words before a title as part of it ("said state Rep. Terri Collins", "said then-Gov. Rick Perry")', () => {
    expect(speakerOf(article('allsides', 'allsides-c453615e9481').text, 'The heart of this bill is to confront')).toBe('Terri Collins');
    expect(speakerOf('“It is tragic,” said then-Gov. Rick Perry. He left.', 'It is tragic')).toBe('Rick Perry');
    expect(speakerOf('“It is tragic,” then-Gov. Rick Perry said.', 'It is tragic')).toBe('Rick Perry');
    // a participle or a conjunction before a title is no part of it
    expect(speakerOf(article('allsides', 'allsides-b3401a80199b').text, 'societal understanding')).toBe('Roberta Kaplan');
    expect(speakerOf(article('allsides', 'allsides-db511b8b31d6').text, 'starting from scratch')).toBe('Kamala Harris');
  });

  it('takes where someone is from for no part of their name ("Virginia-based Democratic strategist Ben Tribbett")', () => {
    const text = article('allsides', 'allsides-c52455100663').text;
    expect(speakerOf(text, 'This has been a complete debacle')).toBe('Ben Tribbett');
    expect(speakerOf(text, 'I don’t think Trump has changed the game')).toBe('Dane Strother');
  });

  it('describes an unnamed expert, and finds a researcher named before by her description', () => {
    expect(speakerOf(article('allsides', 'allsides-acb93d7c14be').text, 'The Navy and the various entities')).toBe('one expert');
    // "Maya Forstater, a researcher who lost her job …", later "The researcher noted … she added"
    expect(speakerOf(article('allsides', 'allsides-599ebcb69468').text, 'But this does not require removing')).toBe('Maya Forstater');
    // a description that a participle or a preposition follows: "Nick Sandmann, the Covington Catholic High School
    // student caught up in …", later "The student said that … he “wasn’t sure …”"; "Joe Biden, the presumptive
    // Democratic nominee expected to face Trump …" is whom "he said in a statement" names
    expect(speakerOf(article('allsides', 'allsides-0c7a85cbb488').text, 'wasn’t sure what was going to happen')).toBe('Nick Sandmann');
    expect(speakerOf(article('allsides', 'allsides-f6275eed9fc5').text, 'This decision is another step')).toBe('Joe Biden');
    expect(speakerOf('Jane Doe, a professor at Georgetown, spoke on Monday.\n\nThe professor said, “We will act.”', 'We will act')).toBe('Jane Doe');
    // not a name after a preposition or a verb, whose description may be the main clause's subject
    // ("by Oleksandr Danylyuk, a former aide to President Volodymyr Zelensky", later "the national security aide said")
    expect(speakerOf(article('allsides', 'allsides-34777d2942e2').text, 'immediately dismissed the offers')).not.toBe('Oleksandr Danylyuk');
    expect(speakerOf('After meeting with John Smith, the governor warned reporters.\n\nLater the governor said, “We will act.”', 'We will act'))
      .not.toBe('John Smith');
  });

  it('reads a group counted with a qualifier, a body\'s statement and "referred to … as"', () => {
    expect(speakerOf(article('allsides', 'allsides-eff9b09f1fc1').text, 'No justice, no peace')).toBe('30 protesters');
    expect(speakerOf('The actions of 30 officers who said “go” were wrong.', 'go')).toBeNull();
    // "according to a police statement": the force the article named
    expect(speakerOf(article('allsides', 'allsides-82cf0c955a0c').text, 'hitting the same car again')).toBe('San Gabriel Police Department');
    // "according to a news release from investigators": no news organisation
    expect(speakerOf(article('gva', 'gva-189ef457f1bf').text, 'watched the shots tear through her curtains')).toBe('investigators');
    expect(speakerOf(article('allsides', 'allsides-c8ca4e276896').text, 'a man who always ends up badly')).toBe('Trump');
    // "the plan, also referred to as “principles,”": named so by no one
    expect(speakerOf(article('basil', 'basil-a3286d5744af').text, 'principles,')).not.toBe('John Boehner');
  });
});

describe('attributeSpeakers: aides and asides', () => {
  it('describes an unnamed aide or staffer, as it does an unnamed official', () => {
    // "According to a congressional aide familiar with the matter, …", later "“…,” the aide said"
    expect(speakerOf(article('allsides', 'allsides-582b64d78302').text, 'The committees are required to be kept informed')).toBe('a congressional aide');
    expect(speakerOf(article('allsides', 'allsides-a3de5d0288e3').text, 'He is still subject to the Uniform Code')).toBe('one former senior congressional staffer');
    // "A GOP aide said": the aide, not the party
    expect(speakerOf(article('allsides', 'allsides-a290bf4bdd5c').text, 'logistically impossible')).toBe('a GOP aide');
  });

  it('describes a source by who they are, not by what they know ("a source familiar with the matter")', () => {
    expect(speakerOf('“It will pass,” said a source familiar with the talks.', 'It will pass')).toBe('a source');
    expect(speakerOf('“It will pass,” a source close to Trump said.', 'It will pass')).toBe('a source');
    expect(speakerOf('“It will pass,” an official with knowledge of the talks said.', 'It will pass')).toBe('an official');
    expect(speakerOf('“It will pass,” two people briefed on the talks said.', 'It will pass')).toBe('two people');
    // "“…,” the source familiar with the process said"
    expect(speakerOf(article('allsides', 'allsides-9e099da4eea2').text, 'another attempt by the entrenched')).toBe('a source');
    // "people say" is anyone, no speaker
    expect(speakerOf(article('allsides', 'allsides-fa95a5d58fc8').text, 'I’m young, I’m healthy, who cares')).toBe('Anthony Fauci');
  });

  it('takes the subject of a clause that opens the sentence for "he" ("When Sessions was asked …, he said")', () => {
    expect(speakerOf(article('allsides', 'allsides-611744448c6a').text, 'had communications with the Russians')).toBe('Jeff Sessions');
    expect(speakerOf('Jeff Sessions spoke. Mike Smith was there, a neighbor said. When Sessions was asked, he said “it is fine.”', 'it is fine')).toBe('Jeff Sessions');
  });

  it('finds the subject of a verb in an irregular past tense ("Doreen Walker woke up …. “…,” she said")', () => {
    expect(speakerOf(article('gva', 'gva-e44beab75054').text, 'You see these things on television')).toBe('Doreen Walker');
    // "Angelo’s older brother, Valentino Cruz, woke up … he called Angelo a “quiet kid”"
    expect(speakerOf(article('gva', 'gva-49ce38bf9d8e').text, 'He just liked playing video games')).toBe('Valentino Cruz');
  });

  it('finds a person whose surname is misspelt by two letters swapped ("Milanowksi said" after "Frederick Milanowski")', () => {
    const text = 'Frederick Milanowski, the special agent in charge, spoke on Monday. Fred Burton spoke too. “There will be no rock left unturned,” Milanowksi said.';
    expect(speakerOf(text, 'no rock left unturned')).toBe('Frederick Milanowski');
    // not in names under five letters
    expect(speakerOf('Mike Rowe spoke. “We will see,” Rwoe said.', 'We will see')).not.toBe('Mike Rowe');
  });

  it('reads prosecutors, superintendents and coroners as titles', () => {
    expect(speakerOf(article('gva', 'gva-47a15273473c').text, 'I cannot remember a time')).toBe('Kym Worthy');
    expect(speakerOf(article('allsides', 'allsides-9039065d7ef8').text, 'Absolute justice would be an apology')).toBe('Eddie Johnson');
    expect(speakerOf('“It was fast,” said Vanderburgh County Coroner Steve Lockyear.', 'It was fast')).toBe('Steve Lockyear');
  });

  it('reads "--" as a dash around an aside, also one that closes an appositive', () => {
    // "Lewandowski -- asked why he was fired -- said:"
    expect(speakerOf(article('allsides', 'allsides-006c728043ff').text, 'I don\'t know. I don\'t know the answer')).toBe('Corey Lewandowski');
    // "Stan Soloway, president and CEO of the Professional Services Council -- the trade association for contractors -- told CNN"
    expect(speakerOf(article('allsides', 'allsides-acb93d7c14be').text, 'contract employees and government employees')).toBe('Stan Soloway');
    // the same with "—": "Jerrold Nadler, Democrat of New York and the chairman of the House Judiciary Committee — where … — said"
    expect(speakerOf(article('basil', 'basil-e37745a947f4').text, 'I don’t really like that kind of language')).toBe('Jerrold Nadler');
  });
});

describe('attributeSpeakers: verbs and the nouns that look like them', () => {
  it('reads "summarized", "speculated", "opined", "elaborated" and "hollered" as speech', () => {
    expect(speakerOf(article('basil', 'basil-2cec0398f83d').text, 'completely inconsistent with this latest statement')).toBe('Dan Senor');
    expect(speakerOf(article('allsides', 'allsides-c2f5a9794d3d').text, 'Based upon what we have seen')).toBe('Jarrod Burguan');
    expect(speakerOf(article('gva', 'gva-9acf23e67bf8').text, 'unlikely to be rehabilitated')).toBe('Jonathan Gransee');
    expect(speakerOf(article('allsides', 'allsides-7774f414a7bd').text, 'that\'s just a completely unacceptable statement')).toBe('Kaci Hickox');
  });

  it('finds the speaker past a date, a verb in the present tense and a nearer verb whose subject names no one', () => {
    // "The New Haven Register on July 20, 2006, described him as “…”"
    expect(speakerOf(article('basil', 'basil-d8fe0e57b4db').text, 'a veteran of the Vietnam War')).toBe('New Haven Register');
    // "Joni Ernst, a candidate in the Republican Senate primary on June 3, announced": the date is the primary's
    expect(speakerOf(article('basil', 'basil-b9642f37e8bd').text, 'castrating hogs on an Iowa farm')).toBe('Joni Ernst');
    // "Jay Roberts, 60, lives nearby and said the game was “…”"
    expect(speakerOf(article('basil', 'basil-d845c50e81a1').text, 'probably one of the few moments')).toBe('Jay Roberts');
    // "Omar … said Tuesday's vote sent a message to young kids who “…”"
    expect(speakerOf(article('allsides', 'allsides-00aeb4be85a7').text, 'are wrestling with the weight of those words')).toBe('Ilhan Omar');
    // "“…,” she laughs in her kitchen. “…”"
    expect(speakerOf(article('gva', 'gva-e5512f02b974').text, 'I\'ve had to sit down occasionally')).toBe('Shetamia Taylor');
  });

  it('names an office by whose it is when the article names no such office ("the coroner\'s office tweeted")', () => {
    expect(speakerOf(article('gva', 'gva-4a1b3101ce6e').text, 'Additional details will be released')).toBe("coroner's office");
    // "“…,” the nightclub's post said": the nightclub's words
    expect(speakerOf(article('gva', 'gva-d1fac9fc7eb9').text, 'We tried to give the teens')).toBe('nightclub');
    // a named office is still the one named
    expect(speakerOf("The Hamilton County Sheriff's Office responded. “We are working,” the sheriff's office said.", 'We are working')).toBe("Hamilton County Sheriff's Office");
  });

  it('reads nouns that look like speech verbs as nouns ("their security requests", "his recent claims that")', () => {
    const text = article('basil', 'basil-7d4d233706fe').text;
    expect(speakerOf(text, 'really, I think, cost these people their lives')).toBe('Rand Paul');
    // "As Sen. Rand Paul, R-Ky., put it, “…”"
    expect(speakerOf(text, 'Libya has to have been one of the hottest')).toBe('Rand Paul');
    expect(speakerOf(article('basil', 'basil-84d63b107d2e').text, 'based on the Bible')).toBe('Rick Santorum');
    // "McCrory's suit charges that …": a verb after someone's noun
    expect(speakerOf(article('allsides', 'allsides-423e7aa5ac5a').text, 'is an attempt to unilaterally rewrite')).toBe('Pat McCrory');
    // "China will be hurt too thanks to the “…”"
    expect(speakerOf(article('allsides', 'allsides-89e57a2a7fe9').text, 'diminishing export market')).toBe('Larry Kudlow');
  });

  it('reads a group\'s present tense and verbs of thanks and praise ("State police say", "thanking", "applauded")', () => {
    expect(speakerOf(article('gva', 'gva-474804480604').text, 'certainly was seeking out police')).toBe('State police');
    expect(speakerOf(article('gva', 'gva-2e756100ff27').text, 'I want to say thank you to the officers')).toBe('Shetamia Taylor');
    expect(speakerOf(article('gva', 'gva-09bfa225d98b').text, 'brave men and women who do this job')).toBe('David Brown');
  });

  it('gives a passive speech verb\'s words to no subject, but keeps "was asked" and "replied by noting"', () => {
    // "She was called the “Iron Lady”": by others
    expect(speakerOf(article('allsides', 'allsides-43aca708932b').text, 'Iron Lady')).toBeNull();
    // "Lt. Margarito Robles told Fox News that Bryson was cited … because he “left the scene.”"
    expect(speakerOf(article('allsides', 'allsides-82cf0c955a0c').text, 'left the scene')).toBe('Margarito Robles');
    expect(speakerOf(article('allsides', 'allsides-a006dfa9c8f2').text, 'Yes, I am sure that')).toBe('Lindsey Graham');
    expect(speakerOf(article('allsides', 'allsides-7c3085cbf0a8').text, 'They may suffer consequences')).toBe('Chris Wallace');
  });
});

describe('attributeSpeakers: datelines, schools and second clauses', () => {
  it('reads a dateline written with a hyphen as no part of the name after it ("HOUSTON- Dee Adkins said")', () => {
    const text = article('gva', 'gva-6e253caafb36').text;
    expect(speakerOf(text, 'Man, woman, adult, whatever')).toBe('Dee Adkins');
    expect(speakerOf(text, 'You took an angel from us')).toBe('Dee Adkins');
  });

  it('reads a school as no person that "he" could be ("the Mac Gregor Elementary third grader")', () => {
    expect(speakerOf(article('gva', 'gva-6e253caafb36').text, 'Intelligent, that\'s not the word')).toBe('Dee Adkins');
    expect(speakerOf('Adkins said what he remembers most about the Lincoln Elementary third grader is her spirit. “She was bright,” he said.', 'She was bright')).toBe('Adkins');
  });

  it('takes the subject of the clause after ", but" when the first one is no person, with a present tense after an appositive', () => {
    // "Houston Police don't know yet who pulled the trigger, but Melvin Jarmon Sr., De'Maree's grandfather, hopes …"
    expect(speakerOf(article('gva', 'gva-5ea239ab9965').text, 'You were man or woman enough')).toBe('Melvin Jarmon Sr.');
    // "Norquist, who founded the conservative Americans for Tax Reform, advocates shrinking government"
    expect(speakerOf(article('allsides', 'allsides-1a8bddeb3cef').text, 'no pledge taker has voted')).toBe('Grover Norquist');
    // the body of the first clause is still the one "it" can be
    expect(speakerOf('The Tulsa Police Department does not know who fired, but Jane Roe, a neighbor, hopes for an arrest. “We are working on it,” it said.', 'We are working')).toBe('Tulsa Police Department');
    // a plural after a name is no verb: "Trump supporters say" stays the supporters'
    expect(speakerOf('Ann Lee spoke first. Trump supporters say they are sure. “We will win,” they said.', 'We will win')).not.toBe('Ann Lee');
  });
});

describe('attributeSpeakers: rulings, bodies named in an appositive, adverbs of time', () => {
  it('reads a court\'s or a judge\'s ruling as their words, but not "Senate rules"', () => {
    // "The Supreme Court ruled Monday that the modified ban cannot be applied to "…""
    expect(speakerOf(article('allsides', 'allsides-210fa8e91bf7').text, 'foreign nationals who have a credible claim')).toBe('Supreme Court');
    expect(speakerOf('The Supreme Court heard the case.\n\nTravelers with a “bona fide relationship” could be exempt, the court ruled.', 'bona fide relationship')).toBe('Supreme Court');
    expect(speakerOf(article('allsides', 'allsides-91ff57b11091').text, 'dismantle a very fine admissions program')).toBe('Allison Burroughs');
    expect(speakerOf(article('allsides', 'allsides-e9bc3c521ae6').text, 'nuclear option')).toBeNull();
  });

  it('reads a name an appositive calls a body as the body "the group" is later ("Muslim Advocates, a civil rights group,")', () => {
    const text = article('allsides', 'allsides-210fa8e91bf7').text;
    expect(speakerOf(text, 'are extremely disappointing and troubling')).toBe('Muslim Advocates');
    expect(speakerOf(text, 'Defining close family to exclude grandparents')).toBe('Muslim Advocates');
    // a person's role before the body stays the person's: "Jennifer Pizer, policy director at Lambda Legal, a pro-LGBTQ organization, said"
    expect(speakerOf(article('allsides', 'allsides-9e0307bfc387').text, 'religious license to discriminate')).toBe('Jennifer Pizer');
    // "Mark Sheridan, the attorney representing Christie's campaign," is a person
    expect(speakerOf('Mark Sheridan, the attorney representing Christie\'s campaign, confirmed the subpoenas.\n\n"We will cooperate," he said.', 'We will cooperate')).toBe('Mark Sheridan');
  });

  it('reads a bare surname as the one of that name who has acted, not someone named once after "of"', () => {
    // "… a distant relative of state Sen. Thomas V. Mike Miller Jr. …" after Richard Miller spoke: "“…,” Miller said."
    expect(speakerOf(article('gva', 'gva-58aa66e5483c').text, 'The guy was never tired of helping you out')).toBe('Richard Miller');
    // "an interview with Mitt and Ann Romney": "Romney said" is still Mitt Romney
    expect(speakerOf(article('allsides', 'allsides-39edd16dcfbd').text, 'a few things that were disconcerting')).toBe('Mitt Romney');
    // named as a brother, not in passing: "Brown’s brother Trent Brown who also lives in Kansas City said …"
    expect(speakerOf(article('gva', 'gva-f4a9cd9673f8').text, 'terrible that she’s gone')).toBe('Trent Brown');
  });

  it('reads a word in -s after a named person and before a preposition as their verb ("Hicks worries about …")', () => {
    // "…," said Hicks. ¶ Hicks worries about Eagan's wife, … ¶ “I cannot imagine …”
    expect(speakerOf(article('gva', 'gva-1478be9bd34b').text, 'I cannot imagine what she')).toBe('Allen Hicks');
    // "Cordell McKinley stays at the Portland Value Inn as well, and said …. ¶ “…,” he said." is his, not Bella Aguilar's
    expect(speakerOf(article('gva', 'gva-5201d4ed17a4').text, 'Maybe he had a mental problem')).toBe('Cordell McKinley');
    // a plural of people after a name stays a noun
    expect(speakerOf('Donald Trump spoke on Monday.\n\nTrump supporters in Iowa cheered loudly.\n\n“We love him.”', 'We love him')).toBeNull();
  });

  it('gives the words of someone\'s ruling or apology to them ("Leon\'s ruling said", "Mr. Braley’s apology noted")', () => {
    expect(speakerOf(article('allsides', 'allsides-d0a6bf175ff3').text, 'plaintiffs in this case have also shown')).toBe('Richard Leon');
    expect(speakerOf(article('basil', 'basil-b9642f37e8bd').text, 'doing farm jobs and working a grain elevator')).toBe('Bruce Braley');
  });

  it('reads "defended X as “…”" as speech', () => {
    expect(speakerOf(article('allsides', 'allsides-afe2c26d97bd').text, 'pretty well accurate')).toBe('Lindsey Graham');
    expect(speakerOf(article('basil', 'basil-8bcf869c88b8').text, 'part of a robust United States conservation strategy')).toBe('U.S. Fish and Wildlife Service');
  });

  it('does not read "Mr. Trump" as "Donald Trump Jr." when the article names the son only later', () => {
    const said = speakerOf(article('basil', 'basil-c71361780b0f').text, 'Put big game trophy decision on hold');
    expect(said).toMatch(/Trump$/);
    // once the son is named, the full name still finds him
    expect(speakerOf('Donald Trump Jr. spoke first.\n\n“We hunt,” Donald Trump Jr. said.', 'We hunt')).toBe('Donald Trump Jr.');
  });

  it('keeps a surname alone for the father when the article used it before naming the junior, and reads "the younger Mr. Trump" as the junior', () => {
    const text = article('allsides', 'allsides-cda99c0d1e98').text;
    // "President Trump's eldest son, Donald Trump Jr., …" then "Last week, Trump said, …"
    expect(speakerOf(text, 'I think it was Russia')).toBe('Trump');
    // "In a statement …, the younger Trump confirmed the meeting …:" then the statement
    expect(speakerOf(text, 'I was asked to have a meeting by an acquaintance')).toBe('Donald Trump Jr.');
    expect(speakerOf(article('allsides', 'allsides-af2b321bf243').text, 'No details or supporting information')).toBe('Donald Trump Jr.');
    // a junior named first, with no one called by the surname alone before him, is whom the surname means,
    // as is one first called by his surname with no title
    expect(speakerOf('Martin Luther King Jr. led the march.\n\n“I have a dream,” King said.', 'I have a dream')).toBe('Martin Luther King Jr.');
    expect(speakerOf('Smith, 17, was charged on Monday. Police identified him as Robert Smith Jr. of Dayton.\n\n“I am sorry,” Smith said in court.', 'I am sorry'))
      .toBe('Robert Smith Jr.');
    // "the younger" is the son when the article names no junior's father; nobody of two juniors; and no one but a full name it precedes
    expect(speakerOf('Joseph R. Biden Jr. met his son Hunter Biden in Delaware.\n\nIn a statement, the younger Biden said: “I regret nothing.”', 'I regret nothing'))
      .toBe('Hunter Biden');
    expect(speakerOf('Mayor Smith spoke. His nephews Robert Smith Jr. and Tom Smith Jr. also spoke.\n\n“We are proud,” the younger Smith said.', 'We are proud')).toBeNull();
    expect(speakerOf('President Trump’s son, Donald Trump Jr., and his sister Ivanka Trump spoke.\n\n“Hello,” said the younger Ivanka Trump.', 'Hello')).toBe('Ivanka Trump');
    // "Trump's eldest son, Donald Trump Jr.": an owner before the junior is his father
    expect(speakerOf(article('allsides', 'allsides-20a2d39be0e4').text, 'Steve Bannon has nothing to do with me')).toBe('Donald Trump');
  });

  it('reads a name behind a lower-case Arabic article ("al-Ansi says", "adviser Ahmed al-Muslimani said")', () => {
    const text = article('allsides', 'allsides-a5e8f7bc6b27').text;
    expect(speakerOf(text, 'Stop your insults on our prophet')).toBe('Nasr al-Ansi');
    expect(speakerOf(text, 'you will look for peace and stability')).toBe('Nasr al-Ansi');
    expect(speakerOf(article('allsides', 'allsides-141be22bc573').text, 'discussions and consultations are ongoing')).toBe('Ahmed al-Muslimani');
    expect(speakerOf('President Abdel Fattah el-Sisi spoke on Monday.\n\n“We will rebuild,” el-Sisi said.', 'We will rebuild')).toBe('Abdel Fattah el-Sisi');
    // alone, such a name is a body's, not someone "he" may be
    expect(speakerOf('al-Qaeda claimed the attack.\n\n“It is over,” he said.', 'It is over')).toBeNull();
  });

  it('gives a surname to the first of two namesakes named in full in one sentence, and to the newest when only he was named in full', () => {
    // "President Donald Trump and first lady Melania Trump …" … "Trump said that he was “deeply saddened” … ¶ “…,” he said in a statement."
    const text = article('basil', 'basil-d845c50e81a1').text;
    expect(speakerOf(text, 'deeply saddened')).toBe('Donald Trump');
    expect(speakerOf(text, 'Our thoughts and prayers are with the members of Congress')).toBe('Donald Trump');
    expect(speakerOf('President Donald Trump and first lady Melania Trump called the family.\n\n“We are praying,” Trump said.', 'We are praying')).toBe('Donald Trump');
    // "Brown’s brother Trent Brown": the owner is named by surname alone, the brother in full after her
    expect(speakerOf(article('gva', 'gva-f4a9cd9673f8').text, 'terrible that she’s gone')).toBe('Trent Brown');
  });

  it('reads "exhorted", "implored", "apologized", "voiced" and "emailed" as speech', () => {
    for (const verb of ['exhorted', 'implored']) {
      expect(speakerOf(`Mayor Jane Smith spoke first.\n\nSmith ${verb} residents to “stay inside and lock the doors.”`, 'stay inside')).toBe('Jane Smith');
    }
    expect(speakerOf(article('gva', 'gva-4567c8ec450c').text, 'for the trauma they have been put through')).toBe('David Matusiewicz');
    expect(speakerOf(article('allsides', 'allsides-8a37b72e366f').text, 'clumsy phrasing that I regret')).toBe('Arne Duncan');
    // "Vice President Joe Biden voiced his support of Hillary …" then the quote alone in the next paragraph
    expect(speakerOf(article('basil', 'basil-dbf8fcdfd387').text, 'Anybody who thinks that whoever the next president is')).toBe('Joe Biden');
    expect(speakerOf(paragraphWith('allsides', 'Rice adviser Eric Pelofsky emailed that'), 'very, very worried')).toBe('Eric Pelofsky');
  });

  it('keeps the narration with whoever tells of what someone else said ("Gary Urich said Myers wouldn\'t even say ‘Hi’")', () => {
    // "… Gary Urich said Myers wouldn't even say as much as 'Hi' to him … ¶ “I said, 'How are you doing?' …,” he said."
    expect(speakerOf(article('gva', 'gva-efdb9e1ee4ac').text, 'No response. He just walked by')).toBe('Gary Urich');
    // "Secretary of State Rex W. Tillerson said Mr. Trump did speak with … Lavrov about “…” ¶ He said the Oval Office meeting covered “…”"
    expect(speakerOf(article('allsides', 'allsides-ebb6dc80e67c').text, 'a broad range of subjects')).toBe('Rex W. Tillerson');
    // only a speech verb tells of speech: "Pablo Alvarado …, said he was unimpressed with the latest “trial balloon.” ¶ “…,” he said."
    expect(speakerOf(article('allsides', 'allsides-85d1edb97dcf').text, 'We need less leaks and more action')).toBe('Pablo Alvarado');
    expect(speakerOf(article('gva', 'gva-4567c8ec450c').text, 'rededicate myself to helping people')).toBe('David Matusiewicz');
    // and only what runs on from the verb: not "Smith said he was tired, and Jones replied: “…”"
    expect(speakerOf('Mayor John Smith spoke. Officer Tom Jones was there.\n\nSmith said he was tired, and Jones replied: “Go home.”\n\n“You need rest,” he said.', 'You need rest'))
      .toBe('Tom Jones');
  });

  it('finds the person before an age and a place ("Beth Krut, 47, of Mount Oliver said")', () => {
    expect(speakerOf(article('gva', 'gva-a99c752b9f2e').text, 'That boy knew what love was')).toBe('Beth Krut');
  });

  it('gives what a participle introduces to the person named right before it ("with Perry claiming, “…”")', () => {
    expect(speakerOf(article('basil', 'basil-63a9efcb361f').text, 'faith made America strong')).toBe('Rick Perry');
    expect(speakerOf(article('gva', 'gva-a99c752b9f2e').text, 'They shot my boys')).toBe('Amanda McKnight');
    // not someone written to: "writing a letter to Kerry saying that …"
    expect(speakerOf('Sen. John Cornyn wrote a letter to John Kerry saying he was “highly skeptical.”', 'highly skeptical')).toBe('John Cornyn');
  });

  it('names a group by its whole description ("a group of Democratic senators wrote")', () => {
    expect(speakerOf(article('allsides', 'allsides-28ff0d61aa64').text, 'According to public reports, the Trump Organization'))
      .toBe('a group of Democratic senators');
  });

  it('describes someone after the verb with their clause, as before it ("said a man who lives near the home")', () => {
    expect(speakerOf(article('gva', 'gva-276c3221d103').text, 'I didn’t hear anything')).toBe('a man who lives near the home');
    // not a clause that says how an unnamed source spoke
    expect(speakerOf('“It was loud,” said a US official who briefed reporters on condition of anonymity.', 'It was loud')).toBe('a US official');
    // a participle after them ends the description: "said one GOP source working with the campaign"
    expect(speakerOf(article('allsides', 'allsides-006c728043ff').text, 'No one is really sure who is running things')).toBe('one GOP source');
    expect(speakerOf('“It was loud,” said a man living near the home.', 'It was loud')).toBe('a man');
    expect(speakerOf('“It was loud,” said the court filing.', 'It was loud')).toBeNull();
    // (not a compound: "a student housing official")
    expect(speakerOf('“It was big,” said a student housing official.', 'It was big')).toBe('a student housing official');
  });

  it('finds the subject past "afterward" and "already" ("Sanders afterward struck a conciliatory tone …, saying …")', () => {
    expect(speakerOf(article('basil', 'basil-dbf8fcdfd387').text, 'work together to defeat Donald Trump')).toBe('Bernie Sanders');
  });

  it('reads "Comm." and "Supt." as titles ("said Boston Police Comm. William Evans")', () => {
    expect(speakerOf(article('gva', 'gva-5af095a41088').text, 'we should all be outraged')).toBe('William Evans');
    expect(speakerOf('“We will find them,” said NOPD Supt. Michael Harrison.', 'We will find them')).toBe('Michael Harrison');
  });

  it('takes no town after a preposition, its state set off, for the subject ("Young, …, in Ketchikan, Alaska, said")', () => {
    const young = article('allsides', 'allsides-4d25a897caa7').text;
    expect(speakerOf(young, 'we used to have 50-60 wetbacks')).toBe('Don Young');
    expect(speakerOf(young, 'It takes two people to pick')).toBe('Don Young');
    expect(speakerOf('Ed Gillespie lost.\n\nHe, speaking in Richmond, Virginia, said he had run a “very policy-focused campaign.”', 'very policy')).toBe('Ed Gillespie');
  });

  it('gives the quote in the "that" clause of someone\'s statement or claim to them ("Boehner\'s statement that the remark was “…”")', () => {
    expect(speakerOf(article('allsides', 'allsides-e5fd6fc1f9f2').text, 'beneath the dignity of the office')).toBe('John Boehner');
    expect(speakerOf(article('allsides', 'allsides-317a064de893').text, 'probably dead.')).toBe('Donald Trump');
    // the clause of a claim no one is said to own stays without a speaker
    expect(speakerOf('The claim that the vote was “rigged” spread fast.', 'rigged')).toBeNull();
  });

  it('reads "they" as the group that spoke or acted in this sentence or the one before ("Woltering’s family put out a statement … “…,” they wrote")', () => {
    expect(speakerOf(article('gva', 'gva-c033fd51c300').text, 'While she’s absent in our lives now')).toBe("Woltering's family");
    expect(speakerOf(article('allsides', 'allsides-9239cc227fd2').text, 'testify at the same table')).toBe("Ford's attorneys");
    // not a "they" whose sentence has a subject of its own first, nor one inside a relative clause
    expect(speakerOf(article('gva', 'gva-8b53f2437efd').text, 'followed the gunfire')).toBeNull();
    expect(speakerOf('The family said they were harassed by a neighbor, who they alleged said, “Leave.”', 'Leave.')).toBeNull();
  });

  it('names a relative the article does not name by whose relative they are ("his dad said" is Ali Syed\'s father)', () => {
    const syed = article('gva', 'gva-07d8a85e0bb7').text;
    expect(speakerOf(syed, 'Our son lives with us')).toBe("Ali Syed's father");
    // "Mrs. Kelley and her husband": hers, not the woman named before
    expect(speakerOf(article('allsides', 'allsides-a3de5d0288e3').text, 'been friends with Gen. Petraeus')).toBe("Jill Kelley's husband");
    // no one who acted: the description stays as written
    expect(speakerOf('The house is on Shady View Drive.\n\n“It was loud,” her father said.', 'It was loud')).toBe('her father');
  });

  it('gives the statement an outlet passed on to whoever made it ("The Alaska Dispatch reported the apology:")', () => {
    expect(speakerOf(article('allsides', 'allsides-e5fd6fc1f9f2').text, 'During a sit down interview')).toBe('Don Young');
    expect(speakerOf('Young said he “meant no disrespect.” CNN obtained his statement:\n\n“I used a term.”', 'I used a term')).toBe('Young');
    // a report of the outlet's own is still the outlet's
    expect(speakerOf('The Alaska Dispatch reported:\n\n“The congressman apologized.”', 'The congressman apologized')).toBe('Alaska Dispatch');
  });

  it('gives the words of court papers to whoever filed them, and to no one else ("Chericia filed an injunction … The injunction states")', () => {
    expect(speakerOf(article('gva', 'gva-4cae82d4f34b').text, 'grabbing her hair')).toBe('Chericia Brown');
    // not to the person quoted last
    expect(speakerOf(article('gva', 'gva-0da2af2f917a').text, 'Article 320 defies common sense')).toBeNull();
  });

  it('reads "venting that" as speech ("released video of reporter Amy Robach venting that “…”")', () => {
    expect(speakerOf(article('allsides', 'allsides-1eabf27fc457').text, 'every day I get more and more pissed')).toBe('Amy Robach');
  });

  it('finds a reporter named with a lower-case role again as "the correspondent"', () => {
    expect(speakerOf(article('allsides', 'allsides-1eabf27fc457').text, 'I tried for three years')).toBe('Amy Robach');
  });

  it('spells out a body known by its initials as the article names it ("FWS": "U.S. Fish and Wildlife Service")', () => {
    expect(speakerOf(article('allsides', 'allsides-0920d41d1a33').text, 'reviewing its policies with particular focus')).toBe('U.S. Customs and Border Protection');
    expect(speakerOf('The Food and Drug Administration weighed in.\n\n“It is safe,” the FDA said.', 'It is safe')).toBe('Food and Drug Administration');
    // two letters are spelled out only by two words in a row
    expect(speakerOf('Talks on Ukraine and Syria went on.\n\n“We are ready,” the US said.', 'We are ready')).toBe('US');
  });

  it('reads "clarified" as speech and "to send this message" as issuing it ("Trump took to Twitter … to send this message")', () => {
    expect(speakerOf(article('allsides', 'allsides-f91a1b15391c').text, 'if they are unable to obtain')).toBe('Health and Human Services');
    expect(speakerOf(article('allsides', 'allsides-ceb5bd3e38f1').text, 'Google search results for')).toBe('Donald Trump');
  });

  it('reads a possessive pronoun or name owning a claim or a relayed statement, and a title after a spelled-out body', () => {
    expect(speakerOf('Sen. Bob Smith spoke.\n\nHis statement that the plan was “a disgrace” drew anger.', 'a disgrace')).toBe('Bob Smith');
    expect(speakerOf('Don Young spoke. The Alaska Dispatch reported Young’s apology:\n\n“I used a term.”', 'I used a term')).toBe('Don Young');
    expect(speakerOf('Food and Drug Administration Commissioner Scott Gottlieb spoke. “It is safe,” the FDA said.', 'It is safe'))
      .toBe('Food and Drug Administration');
    // one who is someone's father is no one's "his dad"
    expect(speakerOf('Rashid Syed, Syed’s father, was at home.\n\n“He was quiet,” his dad said.', 'He was quiet')).toBe('his dad');
  });

  it('finds a news outlet as "the network" ("The network issued a similar statement. “…,” it said")', () => {
    expect(speakerOf(article('allsides', 'allsides-0ddb4c5a2a7b').text, 'not all of our reporting met our standards')).toBe('ABC News');
    expect(speakerOf('CBS News aired the tape.\n\nLater, the network said, “We stand by it.”', 'We stand by it')).toBe('CBS News');
  });

  it('finds a news outlet as "the newspaper", "the paper", "the magazine", by its full title, and no other body so', () => {
    expect(speakerOf(article('allsides', 'allsides-e8fcb5704ca9').text, 'job would be jeopardized')).toBe('New York Times');
    // "The New Yorker stooped to publish …": the body that was the subject lately, when its name may be an outlet's
    expect(speakerOf(article('allsides', 'allsides-a8a08d59218b').text, 'In her initial conversations with The New Yorker')).toBe('New Yorker');
    // "The Times Free Press reports …": the latest outlet ("Free Press"), not the Washington Post before it
    expect(speakerOf(article('allsides', 'allsides-77eca0e3e1bd').text, 'The arresting officer noted the smell')).toBe('Times Free Press');
    // a title alone, in the sentence of the quote
    expect(speakerOf(article('allsides', 'allsides-bb5e6d12cf40').text, 'an assertion by a Yale classmate')).toBe('Times');
    expect(speakerOf('The New York Times reported it.\n\nThe Times clarified the story, what the newspaper called “an assertion.”', 'an assertion')).toBe('New York Times');
    // "the paper reported" is no "DA" that was a subject lately, nor "the magazine" a company or an outlet of another kind
    expect(speakerOf(article('allsides', 'allsides-a8e14eac8a86').text, 'previous prosecution')).toBeNull();
    expect(speakerOf('Facebook removed the posts on Monday.\n\n“We stand by our reporting,” the magazine said.', 'We stand')).toBeNull();
    expect(speakerOf('The Washington Post reported the raid.\n\n“We stand by it,” the magazine said.', 'We stand')).toBeNull();
    expect(speakerOf('Haaretz reported the strike.\n\n“We stand by our reporting,” the newspaper said.', 'We stand')).toBe('Haaretz');
  });

  it('reads "As … put it:" before a quotation as "As … put it,"', () => {
    expect(speakerOf('John Smith spoke.\n\nAs John Smith put it: “She was reluctant.”', 'She was reluctant')).toBe('John Smith');
    expect(speakerOf(article('allsides', 'allsides-01906d350cb2').text, 'If those payments were a crime for Michael Cohen')).toBe('Lanny Davis');
  });

  it('names someone by the name they gave ("a woman, who identified herself only as Sabrine, told CNN")', () => {
    expect(speakerOf(article('allsides', 'allsides-dae15af927ca').text, 'We could feel the building shaking')).toBe('Sabrine');
    expect(speakerOf(article('gva', 'gva-d008639daad3').text, 'I do catering')).toBe('Dilly');
  });

  it('gives the words of a body\'s officer no one names to the body ("the Institute\'s chief external affairs officer told")', () => {
    expect(speakerOf(article('allsides', 'allsides-f3b2be874991').text, 'We basically honor the wishes of our speakers')).toBe('Aspen Institute');
    // one the article names in that post speaks for themselves
    expect(speakerOf('Acme Corp. Director Jane Roe spoke at the launch.\n\n“We grew,” the company’s director said.', 'We grew')).toBe('Jane Roe');
  });

  it('takes no passive verb after a quote as its cue ("“…” The suspects are described as …")', () => {
    // the quote goes on from the speaker before it
    const text = article('gva', 'gva-7cfc64ca15fa').text;
    expect(speakerOf(text, 'We do have an office here')).toBe('Thomas Gilliland');
    expect(speakerOf('Known as "Screwball," he was described by loved ones as a devoted father.', 'Screwball')).toBeNull();
  });
});

describe('attributeSpeakers: the other gender in a sentence, broadcasters, contractions and cuts', () => {
  it('reads "she" after a subject who is a man as the woman the sentence names ("Pence briefed Nancy Pelosi and after she tweeted")', () => {
    expect(speakerOf(article('allsides', 'allsides-9320fadd6979').text, 'We must ensure the safety')).toBe('Nancy Pelosi');
    // the first one named after the subject, not one named later nor an owner
    expect(speakerOf(article('gva', 'gva-089902e8e35a').text, 'not to snitch')).toBe('Anthony Mendoza');
    expect(speakerOf('Mary Fields sat down. She later approached the candidate and “brushed or touched” Trump’s arm, he said.', 'brushed or touched')).toBeNull();
  });

  it('reads "to maintain peace" as no speech, so that "…, she said" at the sentence\'s end is the cue', () => {
    expect(speakerOf(article('allsides', 'allsides-56b6d6d51267').text, 'ready to engage without preconditions')).toBe('Kelly Craft');
    // "maintained in interviews that …" is speech, and "he’s" is "he has", not "his"
    expect(speakerOf(article('basil', 'basil-ffd0a36522c3').text, 'the nominee will be confirmed')).toBe('Mitch McConnell');
    // "maintained" before a clause is speech still
    expect(speakerOf('Trump has long maintained the investigation is a witch hunt. “It is a hoax,” he said.', 'It is a hoax')).toBe('Trump');
  });

  it('names a broadcaster by its country ("Iranian television said", "state TV", "State media called it")', () => {
    expect(speakerOf(article('allsides', 'allsides-56b6d6d51267').text, 'His revenge was taken')).toBe('Iranian television');
    expect(speakerOf('“We are strong,” state TV said.', 'We are strong')).toBe('state TV');
    expect(speakerOf('North Korea proclaimed it a success. State media called it a “momentous event” in its history.', 'momentous event')).toBe('State media');
    expect(speakerOf('Kim spoke.\n\n“We win,” Smith told Iranian television.', 'We win')).toBe('Smith');
    // a broadcaster's country, not any capitalised word
    expect(speakerOf('“We will respond,” Social media posts said.', 'We will respond')).toBeNull();
  });

  it('ends a sentence at a quote\'s stop before a cut ("…accuracy.” […] Trump promised")', () => {
    expect(speakerOf(article('allsides', 'allsides-54522c25af6e').text, 'As expressed during our initial review')).toBe('Federal Bureau of Investigation');
  });

  it('reads "was quoted as saying" after a quote and "the spokesperson added" after "a spokesperson for" someone', () => {
    expect(speakerOf(article('basil', 'basil-b169fac67c64').text, 'How about the mayor starts it off')).toBe('Donald J. Trump');
    expect(speakerOf(article('allsides', 'allsides-219307c8a063').text, 'Leader Schumer is closely monitoring')).toBe('Charles Schumer');
  });
});

describe('attributeSpeakers: lists in appositives, initials with "of", namesakes', () => {
  it('reads past a list inside an appositive ("senior vice president of Labor, Immigration, and Employee Benefits at the Chamber")', () => {
    const text = 'Randy Johnson, senior vice president of Labor, Immigration, and Employee Benefits at the Chamber of Commerce, told Fox News the administration has "finally recognized the obvious."\n\n"Employers need more time," he said.';
    expect(speakers(text)).toEqual({ 'finally recognized the': 'Randy Johnson', 'Employers need more': 'Randy Johnson' });
    // two people listed are no list inside an appositive
    expect(speakerOf('Jane Doe, the mayor of Springfield, and John Roe, said “We agree.”', 'We agree')).toBe('John Roe');
  });

  it('spells out initials whose "O" is an "of" ("the DOJ" is the "Department of Justice" the article names)', () => {
    expect(speakerOf(article('allsides', 'allsides-a3602c93012b').text, 'DACA was implemented unilaterally')).toBe('Department of Justice');
    expect(speakerOf('Talks went on.\n\n“We are ready,” the DOJ said.', 'We are ready')).toBe('DOJ');
    // "of" gives way to a word of that letter
    expect(speakerOf('The Bureau of Ocean Energy Management acted.\n\n“We are ready,” the BOEM said.', 'We are ready')).toBe('Bureau of Ocean Energy Management');
  });

  it('names "a federal judge" by the judge the next sentence names first, and no one else', () => {
    expect(speakerOf(article('allsides', 'allsides-a3602c93012b').text, 'decision to rescind DACA was based on a flawed')).toBe('William Alsup');
    expect(speakerOf('A federal judge called the plan “a flawed legal premise.”\n\nSen. John Smith welcomed the ruling.', 'a flawed legal premise')).toBe('a federal judge');
    expect(speakerOf('A federal judge blocked the rule, calling it “arbitrary and capricious.” Judge Jane Roe, who sits on another court, disagreed.', 'arbitrary'))
      .toBe('a federal judge');
  });

  it('names a junior\'s father by the name they share ("his father tweeted" after "Donald Trump Jr.")', () => {
    expect(speakerOf(article('basil', 'basil-9422799caca2').text, 'Very little pick-up by the dishonest media')).toBe('Donald Trump');
    expect(speakerOf('Ali Syed was shot.\n\n“He was quiet,” his father said.', 'He was quiet')).toBe("Ali Syed's father");
    // a senior may have several sons: none is named for him
    expect(speakerOf('John Smith Sr. spoke at the rally.\n\n“He did well,” his son said.', 'He did well')).toBe("John Smith Sr.'s son");
  });
});

describe('attributeSpeakers: spokespeople of joined bodies, signatures, joined quotes, inverted cues', () => {
  it('names a spokesperson after the body they speak for, two bodies joined by a slash too', () => {
    const line = (body: string) => `“We decided to close from 1 to 4 a.m.,” said ${body} spokesperson Melinda Merrill.`;
    expect(speakerOf(line('Fred Meyer'), 'We decided')).toBe('Melinda Merrill');
    expect(speakerOf(line('Fred Meyer/QFC'), 'We decided')).toBe('Melinda Merrill');
    expect(speakerOf('“We decided to close from 1 to 4 a.m.,” said Fred Meyer.', 'We decided')).toBe('Fred Meyer');
  });

  it('keeps a person\'s unnamed spokesperson apart from the person ("a Ryan spokesman said"); a body\'s is the body', () => {
    expect(speakerOf(article('basil', 'basil-4191ec125c76').text, 'He looks forward to affirming')).toBe('a Ryan spokesman');
    expect(speakerOf('Paul Ryan spoke on Monday.\n\n“He looks forward to it,” a Ryan spokesman said.', 'He looks forward')).toBe('a Ryan spokesman');
    expect(speakerOf('“We look forward to it,” a State Department spokesman said.', 'We look forward')).toBe('State Department');
    // named again as "the spokesperson"
    const text = 'Ron DeSantis spoke.\n\nA DeSantis spokesperson said it was “messed up.”\n\nAccording to the spokesperson, the comment “had nothing to do with race.”';
    expect(speakerOf(text, 'had nothing to do with race')).toBe('a DeSantis spokesperson');
  });

  it('names the person after a body\'s name and a word for them ("said Don\'t Shoot Portland leader Teressa Raiford")', () => {
    expect(speakerOf(paragraphWith('gva', "said Don't Shoot Portland leader"), 'While many people are protesting')).toBe('Teressa Raiford');
    expect(speakerOf(paragraphWith('basil', 'said Obama campaign manager Jim Messina'), 'Their side is all spending')).toBe('Jim Messina');
    expect(speakerOf('“We will win,” said Black Lives Matter co-founder Patrisse Cullors.', 'We will win')).toBe('Patrisse Cullors');
    expect(speakerOf('“We will win,” said Black Lives Matter campaign manager Jane Roe.', 'We will win')).toBe('Jane Roe');
    // no name after the word: the body; nor a second speaker joined by "and"
    expect(speakerOf('“We will win,” said Black Lives Matter organizer.', 'We will win')).toBe('Black Lives Matter');
    expect(speakerOf('“He ran,” said Jane Doe and neighbor Tom Roe.', 'He ran')).toBe('Jane Doe');
  });

  it('reads a prayer as speech ("“…,” Johnson, pastor at the church, prayed"), not what someone prays for', () => {
    expect(speakerOf(paragraphWith('gva', 'Rose of Sharon Baptist Church, prayed'), 'mercy on our Fourth Ward')).toBe('Elmo Johnson');
    expect(speakerOf('The Smiths prayed for “justice” every night, their attorney, Ben Crump, said.', 'justice')).toBe('Ben Crump');
  });

  it('reads a quote signed after a dash, an embedded tweet\'s too, when no cue before it names another', () => {
    expect(speakerOf('Ailes died on Thursday.\n\n“Roger and I shared a big idea.” — Rupert Murdoch\n\nMore followed.', 'shared a big')).toBe('Rupert Murdoch');
    expect(speakerOf('Smith spoke.\n\n“We will never give up on this.” — Donald J. Trump (@realDonaldTrump) December 16, 2017', 'never give'))
      .toBe('Donald J. Trump');
    // a tweet that quotes someone else
    expect(speakerOf('The IRS official briefing the press just said: "I\'m not good at math." — Zachary A. Goldfarb (@Goldfarb) May 10, 2013', 'good at math'))
      .not.toBe('Zachary A. Goldfarb');
  });

  it('reads "makes clear that" as speech, and no name in a sentence adverb ("Besides Mariotti makes clear")', () => {
    const text = 'Renato Mariotti took to Twitter.\n\nBesides Mariotti makes clear that “disputes over privilege are common when prosecutors obtain emails.”';
    expect(speakerOf(text, 'disputes over')).toBe('Renato Mariotti');
    expect(speakerOf(text.replace('Besides Mariotti makes clear', 'Mariotti made it clear'), 'disputes over')).toBe('Renato Mariotti');
  });

  it('gives a quoted predicate joined to the next by "and he" the cue right after the second', () => {
    const text = 'David Folkenflik wrote a book.\n\nHe “had a willful disregard of where lines should be drawn,” and he “denigrated the work of others”, Folkenflik said.';
    expect(speakerOf(text, 'willful')).toBe('David Folkenflik');
    const family = 'Douglas McCain was killed.\n\nIt left his family "devastated" and "just as surprised as the country," said Ken McCain, his uncle.';
    expect(speakerOf(family, 'devastated')).toBe('Ken McCain');
    // not to a cue further on
    expect(speakerOf('Cupp said that Christie was "very believable" and "humble" during an appearance that she noted would last.', 'very believable'))
      .toBe('Cupp');
  });

  it('reads the name right after an inverted "said" before any subject of the sentence, not the object of another verb', () => {
    const text = 'The Gang Unit is leading the investigation and detectives “are combing through all the video they were able to get” from nearby businesses, said Det. Patrick Michaud.';
    expect(speakerOf(text, 'are combing')).toBe('Patrick Michaud');
    expect(speakerOf('Houser was described Friday as a "drifter" from Phenix City who espoused extreme views, threatened his family and fled.', 'drifter'))
      .not.toBe('his family');
  });

  it('reads "she" after a woman who spoke to a newspaper as the woman', () => {
    const text = 'His death was announced in a statement by his wife, Elizabeth Ailes, to the Chicago Tribune.\n\n“I am profoundly sad to report that my husband passed away this morning,” she said.';
    expect(speakerOf(text, 'profoundly sad')).toBe('Elizabeth Ailes');
  });
});

describe('attributeSpeakers: relatives by first name, the police department, a name after a label', () => {
  it('names a relative by the first name after whose relative they are, with the surname of a father, son or brother', () => {
    expect(speakerOf(paragraphWith('gva', "Amil's sister, Lisa, said"), 'shot in the knee')).toBe('Lisa');
    const father = 'Demontris Toliver, 25, was killed.\n\nToliver\'s father Kim appeared at the news conference. He asked “each of you to keep us in your prayers.”';
    expect(speakerOf(father, 'keep us')).toBe('Kim Toliver');
    // the surname alone is still the one named with it
    expect(speakerOf(`${father}\n\n“He was a good kid,” Toliver said.`, 'good kid')).toBe('Demontris Toliver');
    // a sister's surname is not hers, nor another Lisa's; the surname alone is not a relative's the article names no other way
    expect(speakerOf("Mary Smith was hurt.\n\nSmith's sister, Lisa, said “she will be fine.”", 'will be fine')).toBe('Lisa');
    expect(speakerOf("Lisa Jones, a neighbor, was home.\n\nSmith's sister, Lisa, said “she will be fine.”", 'will be fine')).toBe('Lisa');
    expect(speakerOf("Biden's son Hunter was in Ukraine.\n\n“He did nothing wrong,” Biden said.", 'nothing wrong')).toBe('Biden');
    // the one the article names in full with that first name and the surname
    expect(speakerOf("Ivanka Trump visited.\n\nTrump's daughter Ivanka said “we are here to help.”", 'here to help')).toBe('Ivanka Trump');
  });

  it('names "police" by the force the article named before ("according to Portland Police Bureau"), else "police"', () => {
    expect(speakerOf(paragraphWith('gva', 'made “repeated and deliberate motions'), 'repeated and deliberate motions')).toBe('police');
    expect(speakerOf(article('gva', 'gva-67e590c11f4d').text, 'repeated and deliberate motions')).toBe('Portland Police Bureau');
    const text = (force: string) => `The man was arrested, according to ${force}.\n\n“He ran,” police said.`;
    expect(speakerOf(text('the Denver Police Department'), 'He ran')).toBe('Denver Police Department');
    // not a name that only holds the word ("Police Officer Jane Doe", a headline run into the next line), nor a part of a force;
    // not when the article names two forces, or the sentence places the police elsewhere
    expect(speakerOf(text('Police Officer Jane Doe'), 'He ran')).toBe('police');
    expect(speakerOf('What to Know Police believe a man shot two teens.\n\n“He ran,” police said.', 'He ran')).toBe('police');
    expect(speakerOf(text('the Denver Police Department Crime Lab'), 'He ran')).toBe('police');
    expect(speakerOf(text('the Denver Police Department and the Aurora Police Department'), 'He ran')).toBe('police');
    expect(speakerOf(`${text('the Denver Police Department')}\n\nIn Milwaukee, police said squads would patrol “until further notice.”`, 'until further notice'))
      .toBe('police');
  });

  it('reads "the police department" as a police force, not as any body that was a subject lately', () => {
    const text = 'Ten people were shot, police said.\n\nThe Bayou Classic is the annual football game between two colleges.\n\n'
      + 'The police department later issued a statement saying detectives were “gathering evidence from the area.”';
    expect(speakerOf(text, 'gathering evidence')).toBe('police department');
    expect(speakerOf(text.replace('The Bayou Classic', 'NOPD'), 'gathering evidence')).toBe('NOPD');
    // any body a subject lately is still the one "the company" means, one said to be something too
    expect(speakerOf('Theranos was a blood-testing startup. The company said in a statement that “we are cooperating fully.”', 'cooperating'))
      .toBe('Theranos');
  });

  it('reads a name and a colon after a label\'s colon as the speaker ("Also on POLITICO: Michael Steele: ‘…’"), not a headline\'s words', () => {
    expect(speakerOf('( Also on POLITICO: Michael Steele: ‘Let the nuclear option rain’)', 'nuclear option')).toBe('Michael Steele');
    expect(speakerOf("MORE ON THIS STORY: Biden honors all officers: 'We owe you' | Other news", 'We owe you')).toBeNull();
    expect(speakerOf('Among the dead: Maria Lopez: ‘She loved her kids’', 'loved her kids')).toBeNull();
    // a name and a colon that open the text
    expect(speakerOf('Antony Blinken: “We will respond.”', 'respond')).toBe('Antony Blinken');
  });
});

describe('attributeSpeakers: open appositives with a possessive, asides between dashes', () => {
  it('reads an appositive left open with a possessive ("…,” Crystal Barboza, Angelo\'s mother said") as the name before it', () => {
    expect(speakerOf(paragraphWith('gva', "Crystal Barboza, Angelo's mother said"), 'torn up')).toBe('Crystal Barboza');
  });

  it('reads an appositive left open before the verb ("Jim Ready, Manager of the city\'s Regulated Industries said") as the name before it', () => {
    expect(speakerOf(paragraphWith('gva', 'Jim Ready, Manager of the city'), '3 o\'clock license')).toBe('Jim Ready');
    // a named spokesperson is the person, not the body they speak for
    const taylor = paragraphWith('gva', 'Bryan Taylor, a spokesman for the sheriff');
    expect(speakerOf(taylor.replace(/ said Friday\.$/, ' said Friday: “We are looking into it.”'), 'looking into it')).toBe('Bryan Taylor');
    const adams = paragraphWith('gva', 'Dawn Adams, spokeswoman for the Bastrop County');
    expect(speakerOf(`${adams.slice(0, adams.indexOf(' the shooting'))} “it is secure.”`, 'it is secure')).toBe('Dawn Adams');
    // "Denise Powell, an assistant pastor at Mt. Pisgah Baptist church knew victim Romello Steward as a child", then "she said"
    expect(speakerOf(article('gva', 'gva-a9ba1946953f').text, 'At vacation bible school')).toBe('Denise Powell');
    // the name opens the sentence or follows a comma, else it is an object ("After meeting Jane Roe, …"); only
    // an article and a word or two come between the comma and the role
    expect(speakerOf('After meeting Jane Roe, the director of the agency John Smith said “no.”', 'no.')).toBe('John Smith');
    expect(speakerOf('The suspect shot his son, John Doe, and the mother of the boy said: “He is gone.”', 'gone')).not.toBe('John Doe');
    // a link word opening the text is no role's
    expect(speakerOf('For now officials said: “We are waiting.”', 'waiting')).toBeNull();
  });

  it('finds no main verb inside an aside between dashes, a horizontal bar too', () => {
    // "Brenda Richmond of Penn Hills — the former wife of Thompkins, an ex-felon who reunited with her … — was in bed
    // with him": then "she said" is Richmond
    expect(speakerOf(article('gva', 'gva-bc012b22422d').text, 'still shaking')).toBe('Brenda Richmond');
    const aside = 'Nancy Pelosi met Rashida Tlaib.\n\nAsked about her words ― Tlaib vowed to “impeach him,” referring to Trump ― Pelosi said it was free speech.'
      + '\n\n“I am not in the censorship business,” she said.';
    expect(speakerOf(aside, 'censorship')).toBe('Nancy Pelosi');
    expect(speakerOf(aside.replace(/―/g, '—'), 'censorship')).toBe('Nancy Pelosi');
    // a dateline's dash opens no aside: "— a measure Doe opposed —" is the aside, Smith the subject
    const dateline = 'Jane Doe and Mary Smith met.\n\nWASHINGTON (AP) — Sen. Mary Smith on Tuesday signed the bill — a measure Doe opposed — into law.'
      + '\n\n“It is done,” she said.';
    expect(speakerOf(dateline, 'It is done')).toBe('Mary Smith');
  });

  it('keeps the main clause\'s subject after a quote in the sentence as the one the next pronoun means', () => {
    // "Asked for her reaction to Tlaib’s “colorful language” ― the new Democratic congresswoman vowed to “impeach …,”
    // referring to Trump ― Pelosi said it was a free speech issue. ¶ “I probably have a generational reaction …” she told"
    expect(speakerOf(article('basil', 'basil-ae7ca67788c3').text, 'generational reaction')).toBe('Nancy Pelosi');
    expect(speakerOf(article('basil', 'basil-ae7ca67788c3').text, 'impeach that')).toBe('Rashida Tlaib');
    // the quote's own speaker when the clause after it is theirs, and after an inverted cue ("said Doe, a senator Smith endorsed")
    expect(speakerOf('Tlaib spoke first.\n\n“We will win,” Pelosi said. “Again,” she added.', 'Again')).toBe('Pelosi');
    expect(speakerOf('Jane Doe and Mary Smith met.\n\n“We will win,” said Doe, a senator Smith endorsed last year.\n\n“Again,” she added.', 'Again'))
      .toBe('Jane Doe');
  });
});

describe('attributeSpeakers: someone described by a participle phrase', () => {
  it('reads the one a participle phrase describes as the subject, not its object ("The senior IRS official briefing the press just said")', () => {
    expect(speakerOf(paragraphWith('allsides', 'The senior IRS official briefing the press'), 'not good at math')).toBe('the senior IRS official');
    expect(speakerOf(paragraphWith('allsides', 'one source advising the Trump team told'), 'look like Chile')).toBe('one source');
    expect(speakerOf('“We are done,” senators leaving the meeting room said.', 'We are done')).toBe('senators');
    // a group noun capitalised as the first word of its sentence is no name
    expect(speakerOf('Lawyers representing the grieving families said the ruling was “a victory for all of us today.”', 'victory')).toBe('Lawyers');
    expect(speakerOf('On Monday, an official overseeing the building project said: “Wait.”', 'Wait')).toBe('an official overseeing the building project');
    // an -ing word before a noun is part of the phrase; an appositive left open is the name's
    expect(speakerOf('“No,” a police shooting expert said.', 'No')).toBe('a police shooting expert');
    expect(speakerOf('“Sure,” Mary Smith, a lawyer representing the families said.', 'Sure')).toBe('Mary Smith');
    // not the object of a preposition, nor a phrase that a comma closes (an appositive that is not the subject)
    expect(speakerOf(paragraphWith('allsides', 'with the justices deliberating over a case argued'), 'ministerial exception')).toBeNull();
    expect(speakerOf(paragraphWith('allsides', 'Kellyanne Conway, a special advisor to Trump speaking at the White House, said'), 'Jesus comparisons'))
      .toBe('Kellyanne Conway');
  });
});

describe('attributeSpeakers: editorials, more speech verbs and described people', () => {
  it('gives an editorial\'s words to the paper named with it ("a Wall Street Journal editorial … ¶ “…,” the editorial read")', () => {
    expect(speakerOf(article('allsides', 'allsides-c7af8463e02d').text, "We don't recall")).toBe('Wall Street Journal');
    expect(speakerOf('Jane Doe spoke.\n\nA White House statement followed.\n\n“We are grieving,” the statement said.', 'grieving')).toBe('White House');
    // not a document someone spoke in: "In a White House statement, spokesman Tommy Vietor said"
    expect(speakerOf(article('allsides', 'allsides-2e924a151976').text, 'remains focused')).toBe('Tommy Vietor');
    expect(speakerOf('Jane Doe spoke.\n\nDuring a White House statement, Jay Carney said it was over.\n\n“We are grieving,” the statement said.', 'grieving'))
      .toBe('Jay Carney');
    // nor one the sentence has someone put out
    expect(speakerOf('Jane Doe spoke.\n\nSmith posted a CNN video.\n\n“We are grieving,” the video said.', 'grieving')).toBe('Smith');
    // "In an editorial on Wednesday, the New York Times urged …": the paper that spoke in it
    expect(speakerOf(paragraphWith('allsides', 'In an editorial on Wednesday, the New York Times urged') + '\n\n“Drop it,” the editorial said.', 'Drop it'))
      .toBe('New York Times');
    // an editorial nobody is said to have written is not the words of the one quoted last
    const unsigned = 'Sen. Jane Doe voted against the bill, and said “it was the right call.”\n\nThe vote drew a sharp editorial in Sunday’s paper.'
      + '\n\n“Doe has lost her way,” the editorial said.';
    expect(speakerOf(unsigned, 'lost her way')).toBeNull();
  });

  it('reads "bemoaned" as speech, and the quote after it as the same speaker\'s', () => {
    const text = paragraphWith('allsides', 'bemoaned Sen. Lindsey Graham') + '\n\n“This move ensures the reemergence of ISIS.”';
    expect(speakerOf(text, 'Pray for our Kurdish allies')).toBe('Lindsey Graham');
    expect(speakerOf(text, 'reemergence')).toBe('Lindsey Graham');
  });

  it('reads an opponent, a mourner or an onlooker as a described speaker', () => {
    expect(speakerOf(paragraphWith('allsides', 'a Kim Davis opponent said'), 'resign')).toBe('a Kim Davis opponent');
    expect(speakerOf('“We are here,” one mourner said.', 'We are here')).toBe('one mourner');
  });

  it('reads no name in an appositive opened by "a" or "an" ("Ms. Davis, an Apostolic Christian, wept …, telling the judge")', () => {
    expect(speakerOf(paragraphWith('allsides', 'Ms. Davis, an Apostolic Christian, wept'), 'promised to love Him')).toBe('Davis');
    expect(speakerOf('Kim Davis spoke.\n\nMs. Davis, an Apostolic Christian, said: “I am a good person.”', 'good person')).toBe('Kim Davis');
  });
});

describe('attributeSpeakers: the agent of a passive, a letter someone wrote', () => {
  it('gives the words brought in by "as" after a passive speech verb to whoever "by" names', () => {
    expect(speakerOf(paragraphWith('gva', "He was praised by the school's president, Chui L. Tsang"), 'integral part')).toBe('Chui L. Tsang');
    expect(speakerOf('Franco was killed.\n\nHe was described by police as “a dangerous man with a gun.”', 'dangerous man')).toBe('police');
    expect(speakerOf('Franco was killed.\n\nHe was widely praised by police as “a gentle giant.”', 'gentle giant')).toBe('police');
    // not a verb that is no speech, nor "by" that names no agent of one, nor an agent of another clause
    expect(speakerOf('Franco was killed.\n\nHe was hired by Jane Doe as “a gentle giant who loved his family.”', 'gentle giant')).toBeNull();
    expect(speakerOf('The plan, which was criticized by Democrats, was described as “a lifeline for the poor.”', 'lifeline')).toBeNull();
  });

  it('gives "according to the letter" to the one who wrote it, through a company\'s legal form in their appositive', () => {
    // "Kory Langhofer, counsel to the transition team known as Trump for America, Inc. (TFA), wrote a letter …"
    const text = article('allsides', 'allsides-3ccb5f8c09dd').text;
    expect(speakerOf(text, 'unlawfully produced')).toBe('Kory Langhofer');
    expect(speakerOf(text, 'tens of thousands of emails')).toBe('Kory Langhofer');
  });
});

describe('attributeSpeakers: terms quoted between subject and verb, quotes joined by "and", a view given with "To"', () => {
  it('finds a subject before a term quoted in its relative clause or appositive', () => {
    // "But GOA, which on its website features a quote from ex-GOP Rep. Ron Paul calling the group the only “no compromise” gun lobby, tweeted"
    expect(speakerOf(paragraphWith('allsides', 'But GOA, which on its website'), 'No law')).toBe('GOA');
    // "S.E Cupp, a Republican political strategist and CNN "Crossfire" host, said that Christie was "very believable" and "humble and contrite""
    const cupp = paragraphWith('allsides', 'CNN "Crossfire" host');
    expect(speakerOf(cupp, 'very believable')).toMatch(/Cupp$/);
    expect(speakerOf(cupp, 'humble and contrite')).toMatch(/Cupp$/);
    // never across the quote being attributed: "American Crossroads, the “super PAC” run by Karl Rove, posted …"
    const crossroads = paragraphWith('allsides', 'the “super PAC” run by Karl Rove');
    expect(speakerOf(crossroads, 'super PAC')).toBeNull();
    expect(speakerOf(crossroads, 'alcohol NOT be involved')).toBe('American Crossroads');
  });

  it('gives a quote joined to the one before by "and" that one\'s speaker, over "according to"', () => {
    // "According to prosecutors, Hendrickson told Hamad, “…,” to which Hamad responded, “…” and “U beat your mom.”"
    const text = paragraphWith('gva', 'to which Hamad responded');
    expect(speakerOf(text, 'one of many broads')).toBe(speakerOf(text, 'U beat your mom'));
    expect(speakerOf(text, 'U beat your mom')).toMatch(/Hamad$/);
    expect(speakerOf('According to police, Smith shouted “Get out” and “Leave now.”', 'Leave now')).toBe('Smith');
  });

  it('reads a participle phrase with a bare noun after a person noun, and keeps it in the description', () => {
    // "He said another man wearing pajama pants told Hamad “You shot my mom [expletive]”"
    expect(speakerOf(paragraphWith('gva', 'another man wearing pajama pants told'), 'You shot my mom')).toBe('another man wearing pajama pants');
    expect(speakerOf('A woman wearing hospital scrubs said, “I saw it all.”\n\n“It was terrible,” the woman said.', 'terrible'))
      .toBe('a woman wearing hospital scrubs');
    // how someone spoke does not tell them apart
    expect(speakerOf('“No,” an official speaking on condition of anonymity said.', 'No')).toBe('an official');
  });

  it('gives the quote in a sentence opening with "To" and a person the view of that person', () => {
    // "To Rep. Zoe Lofgren, D-Calif., the bill "grabs power away from the elites …""
    expect(speakerOf(paragraphWith('basil', 'To Rep. Zoe Lofgren'), 'grabs power')).toBe('Zoe Lofgren');
    // not a letter to someone, nor a quote in the person's appositive
    expect(speakerOf('Mr. John Smith wrote back.\n\nTo Mr. John Smith, the letter read: “We regret to inform you.”', 'regret')).toBeNull();
    const pence = 'To Vice President Mike Pence, a “very fine” man, the bill was “a mistake.”';
    expect(speakerOf(pence, 'very fine')).toBeNull();
    expect(speakerOf(pence, 'a mistake')).toBe('Mike Pence');
  });
});

describe('attributeSpeakers: titles in capitals, sources named again, "they" across paragraphs', () => {
  it('reads "Cmdr." as a title and a capitalised "Counselor" before a name as one, not a lower-case "adviser to"', () => {
    // "“the type of missile is still being assessed,” said Cmdr. Dave Benham, a spokesman for U.S. Pacific Command"
    expect(speakerOf(paragraphWith('allsides', 'said Cmdr. Dave Benham'), 'the type of missile')).toBe('Dave Benham');
    // "…,” White House Counselor Kellyanne Conway, told “Fox & Friends” Monday.", after "the White House defended …"
    const conway = article('allsides', 'allsides-2d8dfccbb5c1').text;
    expect(speakerOf(conway, 'This woman should not be insulted')).toBe('Kellyanne Conway');
    // and "she" later is Conway, the sentence's subject, not Katz, whose statements she answered
    expect(speakerOf(conway, 'She should testify under oath')).toBe('Kellyanne Conway');
    expect(speakerOf('“We will act,” White House Senior Adviser Jared Kushner said.', 'We will act')).toBe('Jared Kushner');
    // "a special adviser to Nigerian President Goodluck Jonathan told Sky News that …"
    expect(speakerOf(paragraphWith('allsides', 'a special adviser to Nigerian President Goodluck Jonathan'), 'the sale of human beings'))
      .toBe('a special adviser to Nigerian President Goodluck Jonathan');
  });

  it('takes "the official" and "the source" for the unnamed source described before by another noun', () => {
    // "A White House foreign policy adviser told reporters … ¶ The official said that had it been a nuclear test, "…""
    const text = article('allsides', 'allsides-ca16c51dc672').text;
    expect(speakerOf(text, 'other actions would have been taken')).toBe('a White House foreign policy adviser');
    // "An official with knowledge of the negotiations previously told CNN … ¶ … "must not be related …," the source said"
    expect(speakerOf(article('allsides', 'allsides-b174d235a05f').text, 'must not be related')).toBe('an official');
    // an official never described before stays as described, and a police officer the story is about is no source
    expect(speakerOf('“It is over,” the official said.', 'It is over')).toBe('the official');
    expect(speakerOf('A police officer shot a man on Tuesday night.\n\nThe mayor spoke.\n\n“We are reviewing the footage,” the official said.', 'reviewing'))
      .toBe('the official');
  });

  it('gives a report, a study or a survey to the body that put it out, and to no one else when none did', () => {
    // "A September 2010 Congressional Research Service report found that … ¶ "If all earnings were subject …" said the report."
    expect(speakerOf(article('basil', 'basil-8788f651ae3b').text, 'If all earnings were subject')).toBe('Congressional Research Service');
    // "On Sunday, Press TV released a survey that showed a majority of Iranians felt "…""
    expect(speakerOf(paragraphWith('allsides', 'Press TV released a survey'), 'fresh excuses')).toBe('Press TV');
    expect(speakerOf('A 2014 Pew Research Center study found that voters were split.\n\n“Divisions are greatest among the engaged,” the study said.', 'Divisions'))
      .toBe('Pew Research Center');
    // "The New Yorker report said", "A CNN report said": the body named with it
    expect(speakerOf(article('allsides', 'allsides-52f5bf3a82ad').text, 'was reluctant to characterize')).toBe('New Yorker');
    expect(speakerOf('“It was over,” the Justice Department report said.', 'It was over')).toBe('Justice Department');
    expect(speakerOf('A CNN report said “it was over.”', 'it was over')).toBe('CNN');
    // … not a date ("according to the December police report"), nor a person the article names
    expect(speakerOf(article('gva', 'gva-9513c5d5b6b1').text, 'the fear of further violence')).toBeNull();
    expect(speakerOf('An Oct. 5 police report said “it was over.”', 'it was over')).toBeNull();
    expect(speakerOf('Robert Mueller spoke.\n\nThe Mueller report said he was “not exonerated.”', 'not exonerated')).toBeNull();
    // a report no one is said to have put out is not the words of the one quoted last
    expect(speakerOf('“We are done,” Smith said.\n\n“The plan failed,” the report said.', 'The plan failed')).toBeNull();
  });

  it('reads "the joint statement said" as the statement put out before, by whoever put it out', () => {
    // "… Chuck Schumer (D-N.Y.) released a joint statement in agreement. ¶ They … ¶ “Attorney General Barr must not …” the joint statement said."
    expect(speakerOf(article('basil', 'basil-7f540d5ba56c').text, 'Attorney General Barr must not')).toBe('Chuck Schumer');
    expect(speakerOf('Chuck Schumer released a statement on Monday.\n\n“We object,” the new statement said.', 'We object')).toBe('Chuck Schumer');
    expect(speakerOf('A draft report from the Senate Finance Committee came out.\n\n“The deal failed,” the draft report said.', 'The deal failed')).toBe('Senate Finance Committee');
    // a statement said to be of a body is that body's, and another party's or another one is not the one before
    expect(speakerOf('Chuck Schumer spoke on Monday.\n\n“He was shot,” the police statement said.', 'He was shot')).toBe('police');
    expect(speakerOf('“He must go to prison,” prosecutor Jane Smith said.\n\n“He is innocent,” the defense statement said.', 'He is innocent')).toBeNull();
    expect(speakerOf('Chuck Schumer released a statement on Monday.\n\n“We object,” the other statement said.', 'We object')).toBeNull();
  });

  it('reads the subject of a clause with "used" before a colon as the speaker of the quote after it', () => {
    // "then-Senator Obama used virtually identical language to beat up on … Sen. John McCain (R-Ariz.): ¶ "How would …""
    expect(speakerOf(article('basil', 'basil-ebd79188a0d1').text, 'How would your golden years')).toBe('Obama');
  });

  it('gives "they" the group of the sentence before when that sentence ends the paragraph before', () => {
    expect(speakerOf('Federal prosecutors filed a memo on Monday.\n\n“He lied,” they wrote.', 'He lied')).toBe('Federal prosecutors');
    // "Democratic leaders echoed Nadler … ¶ They wrote it "demonstrates how urgent it is …""
    expect(speakerOf(article('allsides', 'allsides-aacd0cb8bf6d').text, 'demonstrates how urgent')).toMatch(/Democratic leaders$/);
    // "On Tuesday, his family issued a statement … ¶ "The strong moral and legal responsibility …" they said in the statement."
    expect(speakerOf(article('allsides', 'allsides-42b2da58fd4d').text, 'The strong moral')).toBe('his family');
    // not two sentences back
    expect(speakerOf('Federal prosecutors filed a memo.\n\nThe judge read it.\n\n“He lied,” they wrote.', 'He lied')).toBeNull();
    // and "it" finds the body that acted in the sentence before, at the end of the paragraph before
    expect(speakerOf('The NAACP passed a resolution on Monday.\n\n“Voters deserve better,” it said.', 'Voters deserve')).toBe('NAACP');
  });
});

describe('attributeSpeakers: roles before a name, a state after a party letter, freed prisoners', () => {
  it('gives "the police chief" the one named with that role in lower case before the name, and "he" after it', () => {
    // "Rochester police chief Michael Ciminelli told reporters … ¶ The police chief promised … ¶ "We are bringing …," he said."
    expect(speakerOf(article('gva', 'gva-53b2c10f6fa3').text, 'We are bringing every resource')).toBe('Michael Ciminelli');
    const chief = '“Seven were shot,” police chief Michael Ciminelli told reporters.\n\nThen John Smith arrived at the club.\n\n';
    expect(speakerOf(`${chief}The police chief promised to go after them.\n\n“We are bringing every resource,” he said.`, 'every resource'))
      .toBe('Michael Ciminelli');
    expect(speakerOf(`${chief}“We are bringing every resource,” the chief said.`, 'every resource')).toBe('Michael Ciminelli');
    // a noun used as a verb before the name is no role ("will host Shinzo Abe")
    expect(speakerOf('Trump will host Shinzo Abe at Mar-a-Lago.\n\n“Welcome to the show,” the host said.', 'Welcome')).not.toBe('Shinzo Abe');
    // "Strzok attorney Aitan Goelman said … ¶ “This decision should be deeply troubling …,” the attorney said."
    expect(speakerOf(article('basil', 'basil-a93d57c796cf').text, 'This decision should be deeply troubling')).toBe('Aitan Goelman');
    expect(speakerOf('“Seven were shot,” the suspect’s attorney John Doe said.\n\nThen John Smith arrived.\n\n“We are ready,” the attorney said.', 'We are ready'))
      .toBe('John Doe');
  });

  it('reads past the party letter and the state to the name: "Rep. Darrell Issa (R) of California, chairman …, said"', () => {
    expect(speakerOf(article('allsides', 'allsides-173ac5d12433').text, 'exit from the IRS does not alter')).toBe('Darrell Issa');
    // "Sen. Lindsey Graham (R) of South Carolina said on CNN’s …"
    expect(speakerOf(article('allsides', 'allsides-3e5174042c8c').text, "I think we've got a deal")).toBe('Lindsey Graham');
    // a place that is no state is the place's ("Smith (R) of Springfield" says nothing of Smith)
    expect(speakerOf('“We won,” Rep. John Smith (R) of Springfield Township said.', 'We won')).not.toBe('John Smith');
  });

  it('gives freed prisoners and detainees who speak as one their group', () => {
    // "“We would like to express our deep appreciation …” the former prisoners said in their statement."
    expect(speakerOf(article('allsides', 'allsides-5db29ab03b32').text, 'We thank God, and all our families')).toBe('the former prisoners');
    expect(speakerOf(article('allsides', 'allsides-1ab08ea03890').text, 'We would like to express our deep')).toBe('the detainees');
  });
});

describe('attributeSpeakers: months as surnames, "Added neighbor …:", "he went on", the one person of the sentence before', () => {
  it('reads a month after a name in full as that surname: "August said" after "Bernard August", "May said" after "Theresa May"', () => {
    // "… Delaware Attorney General Bernard August … ¶ “It is hard to put into words what has happened here,” August said."
    expect(speakerOf(article('gva', 'gva-4567c8ec450c').text, 'It is hard to put into words')).toBe('Bernard August');
    expect(speakerOf(article('gva', 'gva-4567c8ec450c').text, 'We all suffer the losses')).toBe('Bernard August');
    expect(speakerOf('Prime Minister Theresa May spoke.\n\n“I have done my best,” May said.', 'my best')).toBe('Theresa May');
    // a month no one is named after stays a month
    expect(speakerOf('“I have done my best,” May said.', 'my best')).toBeNull();
  });

  it('reads a speech verb opening the sentence before a description, a name and a colon: "Added neighbor Lois Dawson: “…”"', () => {
    expect(speakerOf(article('gva', 'gva-44f5249faf79').text, 'She had all the windows changed')).toBe('Lois Dawson');
    // (a verb after the name makes the words someone else's)
    expect(speakerOf('Added neighbor Lois Dawson, who lived next door: “She had locks.”', 'She had locks')).toBeNull();
  });

  it('reads "went on" before a comma, a colon or a quote as speech: "Managers, he went on, “are informed …”"', () => {
    expect(speakerOf(article('basil', 'basil-4058dd986e33').text, 'are informed by the company')).toBe('Joseph M. Sellers');
    // "He went on, "You take 18 of them …"" after Boehner's words
    expect(speakerOf(article('basil', 'basil-ae767cc42bfb').text, 'You take 18 of them')).toBe('John Boehner');
    // "went on Twitter", "went on “Meet the Press”" and "Life goes on," are no speech
    expect(speakerOf('Joe Smith spoke.\n\n“We are done,” Jane Doe said. He went on Twitter, “We are done.”', 'We are done.')).not.toBe('Joe Smith');
    expect(speakerOf('Bob Lee spoke.\n\nLife goes on, “but it hurts,” the widow said.', 'but it hurts')).not.toBe('Life');
    expect(speakerOf('“We won,” Bob Lee said. Lindsey Graham went on “Meet the Press” on Sunday.', 'Meet the Press')).not.toBe('Lindsey Graham');
  });

  it('gives "he" the one person the sentence before names when its subject is no one ("That did not satisfy Justice Scalia.")', () => {
    // "Mr. Sellers responded … ¶ That did not satisfy Justice Scalia. “If somebody tells you how …,” he said"
    expect(speakerOf(article('basil', 'basil-4058dd986e33').text, 'If somebody tells you how')).toBe('Antonin Scalia');
    const before = '“It is fine,” Joseph Sellers said.\n\n';
    expect(speakerOf(`${before}That did not satisfy Justice Antonin Scalia. “Not so,” he said.`, 'Not so')).toBe('Antonin Scalia');
    // not when that sentence's subject is someone, names a person in passing, or asks a question
    expect(speakerOf(`${before}The man tells Justice Antonin Scalia that. “Not so,” he said.`, 'Not so')).not.toBe('Antonin Scalia');
    expect(speakerOf(`${before}That showed that Justice Antonin Scalia erred. “Not so,” he said.`, 'Not so')).toBe('Joseph Sellers');
    expect(speakerOf(`${before}Justice Antonin Scalia? “Not so,” he said.`, 'Not so')).toBe('Joseph Sellers');
    expect(speakerOf(`${before}If Justice Antonin Scalia rules, it ends. “Not so,” he said.`, 'Not so')).toBe('Joseph Sellers');
    expect(speakerOf(`${before}That hurt Justice Antonin Scalia’s clerk. “Not so,” he said.`, 'Not so')).toBe('Joseph Sellers');
    expect(speakerOf(`${before}“It’s over,” said a neighbor of Justice Antonin Scalia. “Not so,” he said.`, 'Not so')).not.toBe('Antonin Scalia');
    // nor across a paragraph, nor for a run of capitals of no known gender or title ("Capitol Hill")
    expect(speakerOf(`${before}That did not satisfy Justice Antonin Scalia.\n\n“Not so,” he said.`, 'Not so')).toBe('Joseph Sellers');
    expect(speakerOf(`${before}That did not satisfy Capitol Hill. “Not so,” he said.`, 'Not so')).toBe('Joseph Sellers');
  });
});

describe('attributeSpeakers: a sentence that opens with the subject\'s own statement', () => {
  it('gives a quote to the subject after "In his resignation statement," or "In a tweet," whatever the verb', () => {
    expect(speakerOf(article('basil', 'basil-93995da7c0f2').text, 'make government more efficient')).toBe('Blake Farenthold');
    expect(speakerOf(article('allsides', 'allsides-be0db6be520b').text, 'hard fought victory')).toBe('Trump');
    // not an opener that is no one's words, nor a subject that names no one
    expect(speakerOf('In the past, Jane Roe focused on “change.”', 'change')).toBeNull();
    expect(speakerOf('In the final days of the long war, Jane Roe faced “a wall of noise” from critics.', 'a wall of noise')).toBeNull();
    expect(speakerOf('“We won,” Jane Roe said.\n\nIn the letter, the statement reflected on “the loss.”', 'the loss')).toBeNull();
  });
});

describe('attributeSpeakers: the one asked answers', () => {
  it('gives "he responded" after "X asked Trump about …" to the one asked', () => {
    expect(speakerOf(article('allsides', 'allsides-c2556955cbdd').text, 'they’re losing their lives everywhere')).toBe('Trump');
    // not a pronoun of the other gender, nor a verb that does not answer
    expect(speakerOf('Joseph Sellers spoke. Jane Roe asked Joseph Sellers about it. “No,” she replied.', 'No')).toBe('Jane Roe');
    expect(speakerOf('Jane Roe spoke. Jim Lee asked Joseph Sellers about it. “No,” he added.', 'No')).toBe('Jim Lee');
    // not over a subject of the pronoun's own sentence, nor the one who asks in an inverted tag or a relative clause
    expect(speakerOf('Reporters asked Tom Smith about the wall. Jim Lee, his spokesman, interrupted and he responded: “No comment.”', 'No comment')).toBe('Jim Lee');
    expect(speakerOf('“Why now?” asked Tom Smith. Jim Lee paused before he responded, “Because I can.”', 'Because I can')).toBe('Jim Lee');
    expect(speakerOf('Jane Roe, who questioned Tom Smith on Monday, spoke to Jim Lee. “It went well,” he replied.', 'It went well')).toBe('Jim Lee');
  });
});

describe('attributeSpeakers: generational suffixes in printed names', () => {
  it('keeps "Jr." and "III" as the article gives the name, also for "Mr. Boutrous said"', () => {
    const text = article('basil', 'basil-4058dd986e33').text;
    // "Theodore J. Boutrous Jr., a lawyer for Wal-Mart" … "Mr. Boutrous said"
    expect(speakerOf(text, 'Each of the plaintiffs have very different stories')).toBe('Theodore J. Boutrous Jr.');
    expect(speakerOf(paragraphWith('gva', 'Mayor Lester E. Taylor III said'), 'This is a terribly unfortunate incident')).toBe('Lester E. Taylor III');
    // a son named beside his father, and a name with no middle initial
    expect(speakerOf('Robert J. Smith Sr. and Robert J. Smith Jr. spoke.\n\n“We won,” Robert J. Smith Jr. said.', 'We won')).toBe('Robert J. Smith Jr.');
    expect(speakerOf(article('allsides', 'allsides-cda99c0d1e98').text, 'I was asked to have a meeting by an acquaintance')).toBe('Donald Trump Jr.');
    expect(speakerOf('Jesse Jackson Jr. spoke.\n\n“We won,” Jackson said.', 'We won')).toBe('Jesse Jackson Jr.');
  });
});

describe('attributeSpeakers: a body named after its country\'s initials ("the U.S. Department of Health and Human Services")', () => {
  it('reads "U.S." before a body\'s name as part of the name, not a title of someone called by the last word', () => {
    // "announced by the U.S. Department of Health and Human Services … ¶ … “…,” the health department said"
    expect(speakerOf(article('allsides', 'allsides-b1d4ed922a8e').text, 'prohibiting referral for abortion')).toBe('U.S. Department of Health and Human Services');
    expect(speakerOf(article('allsides', 'allsides-a8c127d45808').text, 'It is important to understand the factors')).toBe('U.S. Department of Transportation');
    expect(speakerOf('It was announced by the U.S. Department of Health.\n\n“It is good,” the department said.', 'It is good')).toBe('U.S. Department of Health');
    // a title after the initials still makes a person
    expect(speakerOf('U.S. Secretary of State John Kerry and the White House spoke.\n\n“It is good,” Kerry said.', 'It is good')).toBe('John Kerry');
  });

  it('reads "Executive" as a title before a name ("Chief Executive Carrie Lam", "County Executive Rich Fitzgerald"), not in a body\'s name', () => {
    expect(speakerOf(article('allsides', 'allsides-5c7e6e1a2f1a').text, 'in order to fully allay public concerns')).toBe('Carrie Lam');
    expect(speakerOf(article('allsides', 'allsides-69ef02fe6f4a').text, 'hang in there')).toBe('Rich Fitzgerald');
    // "… the Executive Office of the President … ¶ The office also announced a plan to “restructure”"
    expect(speakerOf(article('allsides', 'allsides-d273132eea50').text, 'restructure')).toBe('Executive Office of the President');
  });
});

describe('attributeSpeakers: a surname after an article and a word for the mood ("a sombre Lam said")', () => {
  it('reads "a sombre Lam", "a somber Jindal" and "the usually brash Lewandowski" before a speech verb as the person named', () => {
    expect(speakerOf(article('allsides', 'allsides-4756e5f6665e').text, 'Lingering violence is damaging')).toBe('Carrie Lam');
    expect(speakerOf(article('gva', 'gva-620ffafedadf').text, 'This is an awful night for Lafayette')).toBe('Bobby Jindal');
    expect(speakerOf(article('allsides', 'allsides-e8569dda7022').text, 'I wouldn\'t change one second')).toBe('Corey Lewandowski');
    // only someone the article names: a surname it never gives in full, or a body, is no one known
    expect(speakerOf('Carrie Lam spoke.\n\n“It is fine,” a grim Smith said.', 'It is fine')).toBeNull();
    // words that pick one of several say which, not how
    expect(speakerOf('Tom Smith and Ann Smith spoke.\n\n“It is over,” the other Smith said.', 'It is over')).toBeNull();
    // an appositive after a name is no subject ("Egberto Willies, a former Catholic, said")
    expect(speakerOf(article('allsides', 'allsides-157734d65a1e').text, 'outdated')).toBe('Egberto Willies');
  });
});

describe('attributeSpeakers: credits under a video', () => {
  it('gives "he" to the one the story is about, not to the reporter of a credit ("NBC\'s Peter Alexander reports.")', () => {
    expect(speakerOf(article('allsides', 'allsides-fcae430193a6').text, 'If you want to control violent criminals')).toBe('Wayne LaPierre');
    const credit = (line: string) => `Senator Jane Doe defended the bill. ${line}\n\nShe said, “It will pass.”`;
    expect(speakerOf(credit("CNN's Mary Smith reports."), 'It will pass')).toBe('Jane Doe');
    // a sentence that says more than who reported is the story's
    expect(speakerOf(credit('Mary Roe reported the news to her mother.'), 'It will pass')).toBe('Mary Roe');
    expect(speakerOf(credit('Mary Roe of the Daily Planet in Metropolis reported.'), 'It will pass')).toBe('Mary Roe');
  });
});

describe('attributeSpeakers: a text cut short', () => {
  it('reads a name that ends the text with a state\'s name ("… of Northwest Washington") without failing', () => {
    // found by the engine fuzz: a mutated gva article cut right after "18-year-old Brian Davis of Northwest Washington"
    expect(speakerOf('“It hurts,” said Brian Davis of Northwest Washington', 'It hurts')).toBe('Brian Davis');
  });

  it('reads a name that ends the text after a quote of someone described ("… a woman said. ¶ Tim B") without failing', () => {
    // found by the engine fuzz: a gva article cut right after "Tim B"
    expect(speakerOf('“It hurts,” a woman said.\n\nTim Bryner', 'It hurts')).toBe('a woman');
  });

  it('reads a description whose "who" ends the text ("“…,” says a man who") without failing', () => {
    // found by a review helper cutting corpus texts after each quote: gva-fe32398ccbfa cut after "said a woman who"
    expect(speakerOf('“It hurts,” says a man who', 'It hurts')).toBe('a man');
  });
});

describe('attributeSpeakers: properties', () => {
  const pieces = fc.constantFrom(
    '“', '”', '"', '‘', '’', "'", ',', '.', ':', ' ', '\n\n', 'said', 'he', 'she', 'the', 'Mr.', 'Ann Lee', 'Lee',
    'according to', 'told', 'secretary', 'U.S.', 'Department', '(', ')', 'saying', 'who', '—', 'a', 'spokesman',
  );
  const texts = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 120 }).map((a) => a.join(' '));

  it('never throws and returns one entry per quote for the spans extractQuotes gives', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const spans = extractQuotes(text);
        const out = attributeSpeakers(text, spans);
        expect(out).toHaveLength(spans.length);
        for (const s of out) expect(s === null || typeof s === 'string').toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('tolerates arbitrary, overlapping and unclosed spans', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.nat(2))), (text, raw) => {
        const spans: QuoteSpan[] = raw.map(([a, b, closed, depth]) => {
          const start = Math.min(a, b) % (text.length + 1);
          const end = Math.max(start, Math.max(a, b) % (text.length + 1));
          return { start, end, text: text.slice(start, end), openAt: Math.max(0, start - 1), closeAt: closed ? end : -1, depth };
        });
        expect(attributeSpeakers(text, spans)).toHaveLength(spans.length);
      }),
      { numRuns: 300 },
    );
  });

  // How the time grows with the text is measured by `npm run bench` (speakers_growth_2x_text).
  it('names the speaker of every paragraph in 100 KB of quoted text', () => {
    const paragraph = (i: number) =>
      `“Point ${i} stands,” Senator Ann Lee${i % 13} said on Monday. “And more,” she added, according to a U.S. official.`;
    const text = Array.from({ length: 1000 }, (_, i) => paragraph(i)).join('\n\n');
    const spans = extractQuotes(text);
    expect(spans).toHaveLength(2000);
    const speakers = attributeSpeakers(text, spans);
    expect(speakers).toEqual(Array.from({ length: 2000 }, (_, i) => `Ann Lee${(i >> 1) % 13}`));
  });
});
