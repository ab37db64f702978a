// Policy texts written for PolicyOps' sample workspace; they are illustrative and are not any platform's real policy.

/**
 * One published version of a sample policy. Bodies are Markdown with numbered clauses cited as "clause
 * <section>.<item>".
 */
export interface SamplePolicyVersion {
  /** major.minor, e.g. '1.0', '1.1', '2.0'. */
  label: string;
  /**
   * When it takes effect, in days from the day the sample is loaded (negative: in the past), so the
   * sample looks the same whenever it is loaded. Strictly increasing within a policy.
   */
  effectiveInDays: number;
  /** What changed in this version and why. */
  changeSummary: string;
  /** The full Markdown policy text of this version. */
  body: string;
}

/** A policy of the sample workspace, with its published history and an optional open draft. */
export interface SamplePolicy {
  /** One of the eight sample policy areas. */
  area: string;
  /** Kebab-case, unique; other policies cross-reference it as [[slug]]. */
  slug: string;
  title: string;
  tags: string[];
  /** `${area} Policy`. */
  teamName: string;
  /** Key of the sample person who owns the policy. */
  ownerKey: string;
  /** Restricted policies are visible only to their team and admins. */
  restricted: boolean;
  /** Oldest first. */
  versions: SamplePolicyVersion[];
  /** An open draft that follows the last published version. */
  draft?: { label: string; changeSummary: string; body: string };
}

export const SAMPLE_POLICIES: SamplePolicy[] = [
  // ---------------------------------------------------------------------------
  // Bullying & Harassment
  // ---------------------------------------------------------------------------
  {
    area: 'Bullying & Harassment',
    slug: 'bullying-and-harassment',
    title: 'Bullying and Harassment',
    tags: ['harassment', 'bullying', 'doxxing', 'private individuals'],
    teamName: 'Bullying & Harassment Policy',
    ownerKey: 'hannah',
    restricted: false,
    versions: [
      {
        label: '1.0',
        effectiveInDays: -1371,
        changeSummary:
          'First published version. Consolidates harassment rules that were previously scattered across the general community rules into one policy with its own strike ladder.',
        body: `# Bullying and Harassment

## Rationale

People cannot create or enjoy the platform while they are being targeted. Harassment silences people, drives creators away and can cause lasting offline harm. This policy describes the abuse we remove when it targets an identifiable person, while leaving room for criticism, satire and commentary. Attacks based on protected attributes are handled under [[hate-speech]].

## Definitions

1. **Targeted individual**: a real, identifiable person who is named, tagged, shown, or otherwise clearly referred to in content.
2. **Private individual**: anyone who is not a public figure.
3. **Public figure**: a person who holds or seeks public office, leads a large organisation, or has a substantial public following, and anyone who is in the news because of their own public actions.
4. **Personal information**: information that could be used to locate or contact a person offline, such as a home address, phone number, workplace, school, or licence plate.

## What is not allowed

1. Insults, name-calling, or mockery of a private individual's appearance, intelligence, hygiene, or personal circumstances.
2. Threats to harm, expose, or report a person, and content wishing death, serious illness, or injury on them.
3. Unwanted sexualised comments about a person's body, sexual activity, or sexual orientation.
4. Sharing, or threatening to share, a person's personal information without their consent.
5. Encouraging others to harass a person, including calls to mass-report an account or to flood a person's comments.
6. Footage recorded without a person's knowledge in order to humiliate them, such as filming someone in distress for a "prank".

## Exceptions

1. Criticism of a public figure's public conduct, including harsh or satirical criticism, provided it does not fall under clauses 3.2, 3.3 or 3.4.
2. Consensual content in which every person shown is a willing participant, such as a roast between creators who both posted it.
3. Content that documents harassment to raise awareness without identifying the targeted person again.

## Enforcement actions

1. Violating content is removed and the uploader is told which clause applied.
2. Removals under clauses 3.1, 3.3, 3.5 and 3.6 add one strike; removals under clauses 3.2 and 3.4 add two strikes.
3. Three strikes within 90 days lead to a seven-day restriction on commenting and LIVE; five strikes within 90 days lead to a permanent account ban.
4. Borderline content stays up but is ineligible for the For You feed.
5. Credible threats of violence are escalated to the Threat Assessment team, which may refer the case to law enforcement.

## Examples

1. *Violating (3.1):* A stitch of a classmate's dance video with a caption mocking her weight.
2. *Violating (3.4):* A video showing a delivery driver's licence plate and home street after a dispute, asking viewers to "pay him a visit".
3. *Not violating (4.1):* A commentary video calling a minister's voting record "cowardly and dishonest".
4. *Not violating (4.2):* Two creators trading scripted insults in a duet that both of them published.`,
      },
      {
        label: '1.1',
        effectiveInDays: -1023,
        changeSummary:
          'Added clause 3.7 on coordinated harassment (pile-ons organised through duets, stitches and comment brigades) and tightened the public-figure definition so that people who go viral once are treated as private individuals.',
        body: `# Bullying and Harassment

## Rationale

People cannot create or enjoy the platform while they are being targeted. Harassment silences people, drives creators away and can cause lasting offline harm. This policy describes the abuse we remove when it targets an identifiable person, while leaving room for criticism, satire and commentary. Attacks based on protected attributes are handled under [[hate-speech]].

Pile-ons, where one video sends thousands of viewers after a single person, have risen sharply. Individually mild comments add up to serious harm, so this version addresses them directly.

## Definitions

1. **Targeted individual**: a real, identifiable person who is named, tagged, shown, or otherwise clearly referred to in content.
2. **Private individual**: anyone who is not a public figure. A person who became widely known because of a single viral moment remains a private individual.
3. **Public figure**: a person who holds or seeks public office, leads a large organisation, or has built a public following through their own sustained public activity, such as a creator with more than 100,000 followers.
4. **Personal information**: information that could be used to locate or contact a person offline, such as a home address, phone number, workplace, school, or licence plate.
5. **Coordinated harassment**: directing a group of people at a targeted individual, where the combined effect is abusive even if each contribution is not.

## What is not allowed

1. Insults, name-calling, or mockery of a private individual's appearance, intelligence, hygiene, or personal circumstances.
2. Threats to harm, expose, or report a person, and content wishing death, serious illness, or injury on them.
3. Unwanted sexualised comments about a person's body, sexual activity, or sexual orientation.
4. Sharing, or threatening to share, a person's personal information without their consent.
5. Encouraging others to harass a person, including calls to mass-report an account or to flood a person's comments.
6. Footage recorded without a person's knowledge in order to humiliate them, such as filming someone in distress for a "prank".
7. Coordinated harassment, including duet or stitch chains and comment brigades that repeatedly target the same private individual.

## Exceptions

1. Criticism of a public figure's public conduct, including harsh or satirical criticism, provided it does not fall under clauses 3.2, 3.3 or 3.4.
2. Consensual content in which every person shown is a willing participant, such as a roast between creators who both posted it.
3. Content that documents harassment to raise awareness without identifying the targeted person again.

## Enforcement actions

1. Violating content is removed and the uploader is told which clause applied.
2. Removals under clauses 3.1, 3.3, 3.5, 3.6 and 3.7 add one strike; removals under clauses 3.2 and 3.4 add two strikes.
3. Three strikes within 90 days lead to a seven-day restriction on commenting and LIVE; five strikes within 90 days lead to a permanent account ban.
4. Under clause 3.7, the originating video is removed and its duets and stitches are disabled.
5. Borderline content stays up but is ineligible for the For You feed.
6. Credible threats of violence are escalated to the Threat Assessment team, which may refer the case to law enforcement.

## Examples

1. *Violating (3.1):* A stitch of a classmate's dance video with a caption mocking her weight.
2. *Violating (3.7):* A creator posts a restaurant worker's video and asks followers to "let her know what we think".
3. *Not violating (4.1):* A commentary video calling a minister's voting record "cowardly and dishonest".
4. *Not violating (4.2):* Two creators trading scripted insults in a duet that both of them published.`,
      },
      {
        label: '2.0',
        effectiveInDays: -547,
        changeSummary:
          'Restructured prohibited behaviour into severe and standard tiers, made doxxing a severe-tier offence with an immediate 30-day posting ban, lengthened the strike window from 90 to 180 days, and narrowed the public-figure exception so it never covers sexualised harassment, minors, or attacks on family members.',
        body: `# Bullying and Harassment

## Rationale

People cannot create or enjoy the platform while they are being targeted. Harassment silences people, drives creators away and can cause lasting offline harm. This policy describes the abuse we remove when it targets an identifiable person, while leaving room for criticism, satire and commentary. Attacks based on protected attributes are handled under [[hate-speech]]; urging a person to hurt themselves falls under [[suicide-and-self-harm]].

This version sorts prohibited behaviour into two tiers so the most dangerous conduct gets the strongest response.

## Definitions

1. **Targeted individual**: a real, identifiable person who is named, tagged, shown, or otherwise clearly referred to in content.
2. **Private individual**: anyone who is not a public figure. People known for a single viral moment, and anyone under 18, are always private individuals.
3. **Public figure**: an adult who holds or seeks public office, leads a large organisation, or has built a public following through their own sustained public activity, such as a creator with more than 100,000 followers.
4. **Doxxing**: publishing, or threatening to publish, personal information that could be used to locate or contact a person offline, such as a home address, phone number, workplace, school, or licence plate.
5. **Coordinated harassment**: directing a group of people at a targeted individual, where the combined effect is abusive even if each contribution is not.

## What is not allowed

1. **Severe tier.** Threats to harm a person or to report them to authorities or employers, and content wishing death, serious illness, or injury on them.
2. **Severe tier.** Doxxing of any person, including public figures.
3. **Severe tier.** Unwanted sexualised comments about a person's body, sexual activity, or sexual orientation.
4. **Standard tier.** Insults, name-calling, or mockery of a private individual's appearance, intelligence, hygiene, or personal circumstances.
5. **Standard tier.** Encouraging others to harass a person, including calls to mass-report an account or to flood a person's comments.
6. **Standard tier.** Footage recorded without a person's knowledge in order to humiliate them, such as filming someone in distress for a "prank".
7. **Standard tier.** Coordinated harassment, including duet or stitch chains and comment brigades that repeatedly target the same private individual.

## Exceptions

1. Criticism of a public figure's public conduct, including harsh or satirical criticism. This exception never applies to severe-tier clauses or to attacks on a public figure's family members.
2. Consensual content in which every person shown is an adult and a willing participant, such as a roast between creators who both posted it.
3. Content that documents harassment to raise awareness without identifying the targeted person again.

## Enforcement actions

1. Violating content is removed and the uploader is told which clause applied.
2. Standard-tier removals add one strike; severe-tier removals add three strikes.
3. A doxxing removal under clause 3.2 also triggers an immediate 30-day posting ban.
4. Three strikes within 180 days lead to a seven-day restriction on commenting and LIVE; six strikes within 180 days lead to a permanent account ban.
5. Under clause 3.7, the originating video is removed and its duets and stitches are disabled.
6. Borderline content stays up but is ineligible for the For You feed.
7. Credible threats of violence are escalated to the Threat Assessment team, which may refer the case to law enforcement.

## Examples

1. *Violating (3.2):* A video revealing the street where a streamer lives, captioned "now everyone knows".
2. *Violating (3.4):* A stitch of a classmate's dance video with a caption mocking her weight.
3. *Not violating (4.1):* A commentary video calling a minister's voting record "cowardly and dishonest".`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Hate Speech
  // ---------------------------------------------------------------------------
  {
    area: 'Hate Speech',
    slug: 'hate-speech',
    title: 'Hate Speech and Hateful Behaviour',
    tags: ['hate speech', 'protected attributes', 'slurs'],
    teamName: 'Hate Speech Policy',
    ownerKey: 'priya',
    restricted: false,
    versions: [
      {
        label: '1.0',
        effectiveInDays: -1394,
        changeSummary:
          'First published version. Sets out the protected attributes, the prohibited forms of hateful content, and the counter-speech and reclaimed-language exceptions.',
        body: `# Hate Speech and Hateful Behaviour

## Rationale

Hateful content tells people they are worth less because of who they are. It makes the platform unsafe for the communities it targets, and dehumanising rhetoric can precede offline discrimination and violence. We remove attacks on people based on protected attributes, while protecting counter-speech, education, and communities' right to discuss their own experiences.

## Definitions

1. **Protected attributes**: race, ethnicity, national origin, caste, religion, sex, gender, gender identity, sexual orientation, disability, serious disease, and immigration status.
2. **Protected group**: people who share one or more protected attributes. Individuals are protected when they are attacked because of such an attribute.
3. **Dehumanisation**: describing or depicting a protected group as animals, insects, disease, filth, or as less than human.
4. **Slur**: a term widely understood to attack people on the basis of a protected attribute, as listed in the moderator slur list for each market.

## What is not allowed

1. Dehumanising statements, comparisons or imagery about a protected group.
2. Claims that a protected group is inferior, criminal, or mentally or morally deficient as a whole.
3. Calls for the exclusion, segregation, expulsion, or removal of rights from a protected group.
4. Slurs used to attack or demean people.
5. Content that denies or mocks well-documented genocides and mass atrocities against a protected group.
6. Symbols, music or imagery that promote a hateful ideology. Organised hate groups are covered by [[violent-extremism]].

## Exceptions

1. Counter-speech that quotes or shows hateful content in order to condemn or challenge it.
2. Self-referential or reclaimed use of a slur by a member of the group it refers to.
3. Educational, documentary, journalistic or artistic content that discusses hate in a clearly critical or informative context.
4. Criticism of religions, ideologies, governments or institutions, as distinct from attacks on their followers or members.

## Enforcement actions

1. Violating content is removed and the uploader is told which clause applied.
2. Each removal adds one strike; five strikes within 90 days lead to a permanent account ban.
3. Accounts whose username, profile image or bio violates this policy are banned at the first violation.
4. Offensive content that does not meet a clause above is ineligible for the For You feed.
5. Threats of violence are also assessed under [[bullying-and-harassment]].

## Examples

1. *Violating (3.1):* A meme that depicts members of a religious group as rats.
2. *Violating (3.3):* A video arguing that migrants from a named country should be "deported, all of them, no exceptions".
3. *Not violating (4.1):* A creator stitches a slur-filled rant and explains why it is harmful.
4. *Not violating (4.4):* A video arguing that a religious institution's leadership covered up abuse.`,
      },
      {
        label: '1.1',
        effectiveInDays: -1107,
        changeSummary:
          'Added clause 3.7 on coded hate (deliberate misspellings, emoji and number codes) after a review of slur-evasion trends, and clarified that the reclaimed-slur exception applies only where the in-group context is evident from the content itself.',
        body: `# Hate Speech and Hateful Behaviour

## Rationale

Hateful content tells people they are worth less because of who they are. It makes the platform unsafe for the communities it targets, and dehumanising rhetoric can precede offline discrimination and violence. We remove attacks on people based on protected attributes, while protecting counter-speech, education, and communities' right to discuss their own experiences.

Users increasingly evade slur detection with codes that look harmless to outsiders. This version makes clear that meaning, not spelling, decides whether content violates.

## Definitions

1. **Protected attributes**: race, ethnicity, national origin, caste, religion, sex, gender, gender identity, sexual orientation, disability, serious disease, and immigration status.
2. **Protected group**: people who share one or more protected attributes. Individuals are protected when they are attacked because of such an attribute.
3. **Dehumanisation**: describing or depicting a protected group as animals, insects, disease, filth, or as less than human.
4. **Slur**: a term widely understood to attack people on the basis of a protected attribute, as listed in the moderator slur list for each market.
5. **Coded hate**: words, numbers, emoji or spellings that stand in for a slur or hateful claim and are understood as such by the intended audience.

## What is not allowed

1. Dehumanising statements, comparisons or imagery about a protected group.
2. Claims that a protected group is inferior, criminal, or mentally or morally deficient as a whole.
3. Calls for the exclusion, segregation, expulsion, or removal of rights from a protected group.
4. Slurs used to attack or demean people.
5. Content that denies or mocks well-documented genocides and mass atrocities against a protected group.
6. Symbols, music or imagery that promote a hateful ideology. Organised hate groups are covered by [[violent-extremism]].
7. Coded hate, including deliberate misspellings of slurs, number codes and emoji combinations.

## Exceptions

1. Counter-speech that quotes or shows hateful content in order to condemn or challenge it.
2. Self-referential or reclaimed use of a slur by a member of the group it refers to, where that context is evident from the content itself.
3. Educational, documentary, journalistic or artistic content that discusses hate in a clearly critical or informative context.
4. Criticism of religions, ideologies, governments or institutions, as distinct from attacks on their followers or members.

## Enforcement actions

1. Violating content is removed and the uploader is told which clause applied.
2. Each removal adds one strike; five strikes within 90 days lead to a permanent account ban.
3. Accounts whose username, profile image or bio violates this policy are banned at the first violation.
4. New coded terms confirmed under clause 3.7 are added to the moderator slur list and to comment filters within five working days.
5. Offensive content that does not meet a clause above is ineligible for the For You feed.
6. Threats of violence are also assessed under [[bullying-and-harassment]].

## Examples

1. *Violating (3.1):* A meme that depicts members of a religious group as rats.
2. *Violating (3.7):* Comments replying to a Black creator with a string of monkey emoji.
3. *Not violating (4.1):* A creator stitches a slur-filled rant and explains why it is harmful.
4. *Not violating (4.4):* A video arguing that a religious institution's leadership covered up abuse.`,
      },
      {
        label: '2.0',
        effectiveInDays: -30,
        changeSummary:
          'Added clause 3.8 on hateful conspiracy theories about protected groups and replaced the flat strike count with graduated enforcement: a first slur or coded slur in a comment now brings a warning and education prompt, while dehumanisation, atrocity denial and conspiracy content bring two strikes.',
        body: `# Hate Speech and Hateful Behaviour

## Rationale

Hateful content tells people they are worth less because of who they are. It makes the platform unsafe for the communities it targets, and dehumanising rhetoric can precede offline discrimination and violence. We remove attacks on people based on protected attributes, while protecting counter-speech, education, and communities' right to discuss their own experiences.

A 2024 enforcement review found that most people who post one slur in a comment stop after a warning, whereas dehumanising and conspiratorial content is rarely a one-off.

## Definitions

1. **Protected attributes**: race, ethnicity, national origin, caste, religion, sex, gender, gender identity, sexual orientation, disability, serious disease, and immigration status.
2. **Protected group**: people who share one or more protected attributes. Individuals are protected when they are attacked because of such an attribute.
3. **Dehumanisation**: describing or depicting a protected group as animals, insects, disease, filth, or as less than human.
4. **Slur**: a term widely understood to attack people on the basis of a protected attribute, as listed in the moderator slur list for each market.
5. **Coded hate**: words, numbers, emoji or spellings that stand in for a slur or hateful claim and are understood as such by the intended audience.
6. **Hateful conspiracy theory**: a claim that a protected group secretly controls, plots against, or is deliberately replacing another population or institution.

## What is not allowed

1. Dehumanising statements, comparisons or imagery about a protected group.
2. Claims that a protected group is inferior, criminal, or mentally or morally deficient as a whole.
3. Calls for the exclusion, segregation, expulsion, or removal of rights from a protected group.
4. Slurs used to attack or demean people.
5. Content that denies or mocks well-documented genocides and mass atrocities against a protected group.
6. Symbols, music or imagery that promote a hateful ideology. Organised hate groups are covered by [[violent-extremism]].
7. Coded hate, including deliberate misspellings of slurs, number codes and emoji combinations.
8. Hateful conspiracy theories, including "replacement" narratives.

## Exceptions

1. Counter-speech that quotes or shows hateful content in order to condemn or challenge it.
2. Self-referential or reclaimed use of a slur by a member of the group it refers to, where that context is evident from the content itself.
3. Educational, documentary, journalistic or artistic content that discusses hate in a clearly critical or informative context.
4. Criticism of religions, ideologies, governments or institutions, as distinct from attacks on their followers or members.

## Enforcement actions

1. Violating content is removed and the uploader is told which clause applied.
2. A first comment removed under clause 3.4 or 3.7 brings a warning and an education prompt instead of a strike.
3. Removals under clauses 3.1, 3.5 and 3.8 add two strikes; all other removals add one strike.
4. Five strikes within 90 days lead to a permanent account ban; accounts whose username, profile image or bio violates this policy are banned at the first violation.
5. New coded terms confirmed under clause 3.7 are added to the moderator slur list and comment filters within five working days.
6. Offensive content that does not meet a clause above is ineligible for the For You feed.
7. Threats of violence are also assessed under [[bullying-and-harassment]].

## Examples

1. *Violating (3.1):* A meme that depicts members of a religious group as rats.
2. *Violating (3.8):* A video claiming a named ethnic group is "engineering" immigration to replace the native population.
3. *Not violating (4.1):* A creator stitches a slur-filled rant and explains why it is harmful.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Minor Safety
  // ---------------------------------------------------------------------------
  {
    area: 'Minor Safety',
    slug: 'minor-safety',
    title: 'Minor Safety and Youth Well-being',
    tags: ['minors', 'youth safety', 'age assurance'],
    teamName: 'Minor Safety Policy',
    ownerKey: 'diego',
    restricted: false,
    versions: [
      {
        label: '1.0',
        effectiveInDays: -1338,
        changeSummary:
          "First published version. Establishes zero tolerance for sexualisation of minors and sets rules on abuse, dangerous acts and the exposure of minors' personal information.",
        body: `# Minor Safety and Youth Well-being

## Rationale

Young people are a large part of our community, and they are entitled to a safe experience that reflects their stage of development. Minors are more vulnerable to exploitation, more likely to copy risky behaviour, and less able to judge the long-term consequences of what they share. This policy protects minors whether they appear as creators, as participants, or as subjects filmed by others. Grooming and sextortion are covered by a separate restricted policy.

## Definitions

1. **Minor**: any person under 18 years of age. Where age is not known, moderators treat a person as a minor if they appear to be under 18.
2. **Child sexual abuse material (CSAM)**: any visual depiction of a minor engaged in sexual activity, or of a minor's genitals or intimate areas for a sexual purpose.
3. **Sexualisation of a minor**: content that presents a minor in a sexual way, including through camera focus, captions, music, or comments, even when the minor is clothed.
4. **Dangerous act**: an activity with a realistic risk of serious physical injury, such as stunts at height, choking games, or misuse of household chemicals.

## What is not allowed

1. CSAM of any kind, including drawn or animated depictions.
2. Sexualisation of a minor, including sexualised comments on content that features a minor.
3. Physical or psychological abuse of a minor, including corporal punishment shown for entertainment.
4. Minors performing dangerous acts, or content encouraging minors to do so.
5. Minors possessing or consuming alcohol, tobacco, nicotine or drugs; see also [[regulated-goods]].
6. Content revealing a minor's personal information, such as their school, home address, or real-time location.
7. Offers to buy, sell or trade content depicting minors.

## Exceptions

1. Non-graphic awareness and educational content about child protection from recognised organisations.
2. News reporting on abuse of minors that does not identify the victim or show the abuse.
3. Age-appropriate family content where no clause above applies.

## Enforcement actions

1. Content violating clauses 3.1 or 3.7 is removed, the account is permanently banned, and the case is reported to the relevant child-protection hotline and law enforcement.
2. Content violating clauses 3.2 to 3.6 is removed and adds one strike; sexualised comments lead to a 30-day comment ban.
3. Accounts that appear to belong to users under the minimum age are suspended pending age verification.
4. Non-violating content featuring minors that attracts sexualised attention is ineligible for the For You feed, with comments restricted to followers.

## Examples

1. *Violating (3.2):* A compilation of clips of young gymnasts edited with slow-motion zooms and a suggestive soundtrack.
2. *Violating (3.4):* A video daring teenagers to hold their breath until they pass out.
3. *Violating (3.6):* A parent's video that shows their child's school name and uniform while announcing where the child waits after class.
4. *Not violating (4.3):* A father filming his daughter's first bike ride in the park.`,
      },
      {
        label: '2.0',
        effectiveInDays: -806,
        changeSummary:
          'Rewritten to cover AI-generated and digitally altered depictions of minors explicitly, add rules for adult-run accounts that regularly feature children (family vlogging), and replace the "appears under 18" test with a documented age-assessment protocol for moderators.',
        body: `# Minor Safety and Youth Well-being

## Rationale

Young people are a large part of our community, and they are entitled to a safe experience that reflects their stage of development. Minors are more vulnerable to exploitation, more likely to copy risky behaviour, and less able to judge the long-term consequences of what they share. This policy protects minors whether they appear as creators, as participants, or as subjects filmed by others. Grooming and sextortion are covered by a separate restricted policy.

This version responds to generative tools that produce realistic images of children, and to family accounts in which children appear daily without being able to consent.

## Definitions

1. **Minor**: any person under 18 years of age.
2. **Age assessment**: the moderator protocol for deciding whether a person is a minor, weighing stated age, physical development, school context and account signals. Moderators record the signals relied on.
3. **Child sexual abuse material (CSAM)**: any depiction of a minor engaged in sexual activity, or of a minor's intimate areas for a sexual purpose, whether photographic, drawn, animated, AI-generated, or digitally altered.
4. **Sexualisation of a minor**: content that presents a minor in a sexual way, including through camera focus, captions, music, or comments, even when the minor is clothed.
5. **Dangerous act**: an activity with a realistic risk of serious physical injury, such as stunts at height, choking games, or misuse of household chemicals.
6. **Family account**: an account run by an adult in which one or more minors appear in most posts.

## What is not allowed

1. CSAM of any kind, including AI-generated or altered depictions and requests for such material.
2. Sexualisation of a minor, including sexualised comments on content that features a minor.
3. Physical or psychological abuse of a minor, including corporal punishment shown for entertainment.
4. Minors performing dangerous acts, or content encouraging minors to do so.
5. Minors possessing or consuming alcohol, tobacco, nicotine or drugs; see also [[regulated-goods]].
6. Content revealing a minor's personal information, such as their school, home address, or real-time location.
7. Offers to buy, sell or trade content depicting minors.
8. Family-account content that humiliates a child, shows them in distress for views, or stages situations the child cannot meaningfully consent to.

## Exceptions

1. Non-graphic awareness and educational content about child protection from recognised organisations.
2. News reporting on abuse of minors that does not identify the victim or show the abuse.
3. Age-appropriate family content where no clause above applies.

## Enforcement actions

1. Content violating clauses 3.1 or 3.7 is removed, the account is permanently banned, and the case is reported to the relevant child-protection hotline and law enforcement.
2. Content violating clauses 3.2 to 3.6 or 3.8 is removed and adds one strike; sexualised comments lead to a 30-day comment ban.
3. A family account with two removals under clause 3.8 in 180 days loses access to monetisation and LIVE gifts for 90 days.
4. Accounts that appear to belong to users under the minimum age are suspended pending age verification.
5. Non-violating content featuring minors that attracts sexualised attention is ineligible for the For You feed, with comments restricted to followers.

## Examples

1. *Violating (3.1):* An AI-generated image of a child in a sexualised pose, even though no real child was photographed.
2. *Violating (3.8):* A family vlog that films a crying toddler being told their pet has died, captioned "wait for his reaction".
3. *Not violating (4.3):* A father filming his daughter's first bike ride in the park.`,
      },
    ],
  },
  {
    area: 'Minor Safety',
    slug: 'grooming-and-sextortion',
    title: 'Grooming and Sextortion',
    tags: ['minors', 'grooming', 'sextortion', 'law enforcement'],
    teamName: 'Minor Safety Policy',
    ownerKey: 'diego',
    restricted: true,
    versions: [
      {
        label: '1.0',
        effectiveInDays: -1051,
        changeSummary:
          'First published version. Separates grooming and sextortion from the general minor-safety policy, as a restricted document, so that detection signals and escalation steps can be described in detail without exposing them to bad actors.',
        body: `# Grooming and Sextortion

## Rationale

Grooming and sextortion cause some of the most severe harms we see, and they usually begin with conversations that look harmless in isolation. This policy is restricted because it describes behavioural signals that offenders could learn to avoid. It complements [[minor-safety]], which covers sexualisation of minors and abuse material, and [[adult-nudity]], which covers non-consensual intimate imagery.

## Definitions

1. **Grooming**: building trust or an emotional connection with a minor in order to manipulate, exploit or sexually abuse them. Common signals include excessive flattery, gifts, requests for secrecy, isolating the minor from friends or parents, and gradually sexualising the conversation.
2. **Sextortion**: threatening to share intimate images of a person unless they provide money, further images, or sexual acts. For the purposes of this version, this policy covers sextortion of minors.
3. **Intimate imagery**: images or videos showing a person nude, partially nude, or engaged in sexual activity.
4. **Off-platform migration**: persuading a person to continue a conversation on another service, typically an encrypted or ephemeral messaging app.

## What is not allowed

1. Any adult engaging in grooming behaviour towards a minor, in comments, direct messages, or LIVE.
2. Requesting, offering, or sending intimate imagery to or from a minor.
3. Sextortion of a minor, including threats made after images were obtained elsewhere.
4. Off-platform migration of a minor by an adult, where combined with any grooming signal.
5. Offering gifts, virtual currency or LIVE gifts to a minor in exchange for personal information, images, or private contact.
6. Sharing or seeking techniques, scripts or guides for grooming or sextortion.

## Exceptions

1. Prevention and awareness content from vetted child-safety organisations, provided it contains no victim imagery.
2. Survivors describing their own experience, provided no offender or other victim is identified.
3. News reporting that does not identify victims.

## Enforcement actions

1. Violating content and messages are removed and the offending account is permanently banned at the first violation, together with linked accounts.
2. All cases involving a minor are reported to the relevant child-protection hotline; cases with an indication of imminent harm are referred to law enforcement through the emergency disclosure process.
3. Account data relevant to the case is preserved for 90 days, or longer on a valid legal request.
4. The minor's account receives safety resources and direct messages from unknown adults are disabled for 30 days.

## Examples

1. *Violating (3.1):* An adult commenting on a 14-year-old's videos every day, praising her maturity and asking her not to tell her parents they talk.
2. *Violating (3.3):* A message to a teenager threatening to send his images to his school unless he pays.
3. *Violating (3.4):* An adult asking a minor during LIVE to "add me on another app where it's more private".
4. *Not violating (4.1):* A child-safety charity explaining the warning signs of sextortion to teenagers.`,
      },
      {
        label: '1.1',
        effectiveInDays: -603,
        changeSummary:
          'Extended clause 3.3 to financially motivated sextortion of adults, added clause 3.7 on "recovery" scams that target sextortion victims, extended victim support to adults, and lengthened data preservation from 90 to 180 days at the request of law-enforcement partners.',
        body: `# Grooming and Sextortion

## Rationale

Grooming and sextortion cause some of the most severe harms we see, and they usually begin with conversations that look harmless in isolation. This policy is restricted because it describes behavioural signals that offenders could learn to avoid. It complements [[minor-safety]], which covers sexualisation of minors and abuse material, and [[adult-nudity]], which covers non-consensual intimate imagery.

Financially motivated sextortion by organised groups has grown sharply. These groups target young adults as well as minors, and they often return to victims posing as services that promise to "delete" the images for a fee. This version addresses both patterns.

## Definitions

1. **Grooming**: building trust or an emotional connection with a minor in order to manipulate, exploit or sexually abuse them. Common signals include excessive flattery, gifts, requests for secrecy, isolating the minor from friends or parents, and gradually sexualising the conversation.
2. **Sextortion**: threatening to share intimate images of a person, of any age, unless they provide money, further images, or sexual acts.
3. **Intimate imagery**: images or videos showing a person nude, partially nude, or engaged in sexual activity.
4. **Off-platform migration**: persuading a person to continue a conversation on another service, typically an encrypted or ephemeral messaging app.
5. **Recovery scam**: an offer, often made to a known victim, to remove or recover intimate imagery in exchange for payment.

## What is not allowed

1. Any adult engaging in grooming behaviour towards a minor, in comments, direct messages, or LIVE.
2. Requesting, offering, or sending intimate imagery to or from a minor.
3. Sextortion of any person, including threats made after images were obtained elsewhere.
4. Off-platform migration of a minor by an adult, where combined with any grooming signal.
5. Offering gifts, virtual currency or LIVE gifts to a minor in exchange for personal information, images, or private contact.
6. Sharing or seeking techniques, scripts or guides for grooming or sextortion.
7. Recovery scams, and any content advertising paid removal of intimate imagery by parties other than the platform or a recognised support organisation.

## Exceptions

1. Prevention and awareness content from vetted child-safety and victim-support organisations, provided it contains no victim imagery.
2. Survivors describing their own experience, provided no offender or other victim is identified.
3. News reporting that does not identify victims.

## Enforcement actions

1. Violating content and messages are removed and the offending account is permanently banned at the first violation, together with linked accounts.
2. All cases involving a minor are reported to the relevant child-protection hotline; cases with an indication of imminent harm, including any mention of self-harm by the victim, are referred to law enforcement through the emergency disclosure process.
3. Account data relevant to the case is preserved for 180 days, or longer on a valid legal request.
4. Victims receive safety resources and a link to an image hash-blocking service; direct messages from unknown accounts are disabled for 30 days.

## Examples

1. *Violating (3.1):* An adult commenting on a 14-year-old's videos every day, praising her maturity and asking her not to tell her parents they talk.
2. *Violating (3.3):* A message to a 20-year-old student threatening to send his images to his followers unless he pays within an hour.
3. *Violating (3.7):* A comment under a sextortion-awareness video offering to "get your pics taken down everywhere" for a fee.
4. *Not violating (4.1):* A child-safety charity explaining the warning signs of sextortion to teenagers.`,
      },
    ],
    draft: {
      label: '1.2',
      changeSummary:
        'Draft: extends sextortion to fabricated and AI-"nudified" imagery, adds clause 3.8 on threats against a victim\'s family, replaces the hash-blocking link with an in-product victim support flow, and proposes proactive detection of off-platform migration requests in direct messages between adults and minors.',
      body: `# Grooming and Sextortion

## Rationale

Grooming and sextortion cause some of the most severe harms we see, and they usually begin with conversations that look harmless in isolation. This policy is restricted because it describes behavioural signals that offenders could learn to avoid. It complements [[minor-safety]], which covers sexualisation of minors and abuse material, and [[adult-nudity]], which covers non-consensual intimate imagery.

Offenders no longer need a victim to send an image: "nudify" tools fabricate one from an ordinary photo. This draft treats fabricated images exactly like real ones.

## Definitions

1. **Grooming**: building trust or an emotional connection with a minor in order to manipulate, exploit or sexually abuse them. Common signals include excessive flattery, gifts, requests for secrecy, isolating the minor from friends or parents, and gradually sexualising the conversation.
2. **Sextortion**: threatening to share intimate imagery of a person, of any age, unless they provide money, further images, or sexual acts. It does not matter whether the imagery is real, fabricated, or does not exist.
3. **Intimate imagery**: images or videos showing a person nude, partially nude, or engaged in sexual activity, including imagery generated or altered with AI tools.
4. **Off-platform migration**: persuading a person to continue a conversation on another service, typically an encrypted or ephemeral messaging app.
5. **Recovery scam**: an offer, often made to a known victim, to remove or recover intimate imagery in exchange for payment.

## What is not allowed

1. Any adult engaging in grooming behaviour towards a minor, in comments, direct messages, or LIVE.
2. Requesting, offering, or sending intimate imagery to or from a minor.
3. Sextortion of any person, including with fabricated or AI-generated imagery.
4. Off-platform migration of a minor by an adult, where combined with any grooming signal.
5. Offering gifts, virtual currency or LIVE gifts to a minor in exchange for personal information, images, or private contact.
6. Sharing or seeking techniques, scripts, tools or guides for grooming or sextortion.
7. Recovery scams, and any content advertising paid removal of intimate imagery by parties other than the platform or a recognised support organisation.
8. Threats to contact or harm a victim's family, friends or school as part of sextortion.

## Exceptions

1. Prevention and awareness content from vetted child-safety and victim-support organisations, provided it contains no victim imagery.
2. Survivors describing their own experience, provided no offender or other victim is identified.
3. News reporting that does not identify victims.

## Enforcement actions

1. Violating content and messages are removed and the offending account is permanently banned at the first violation, together with linked accounts.
2. All cases involving a minor are reported to the relevant child-protection hotline; cases with an indication of imminent harm, including any mention of self-harm by the victim, are referred to law enforcement through the emergency disclosure process.
3. Account data relevant to the case is preserved for 180 days, or longer on a valid legal request.
4. Victims are shown an in-product support flow with reporting, hash-blocking and helpline options; direct messages from unknown accounts are disabled for 30 days.
5. Proposed: messages in which an adult asks a minor to move to another service are held for review before delivery. Pending Legal and Safety Product review.

## Examples

1. *Violating (3.3):* A message sending a teenager a fabricated nude made from her profile picture and demanding payment.
2. *Violating (3.8):* A message listing a victim's parents' names and threatening to send them images.
3. *Not violating (4.1):* A child-safety charity explaining the warning signs of sextortion to teenagers.`,
    },
  },
  // ---------------------------------------------------------------------------
  // Suicide & Self-Harm
  // ---------------------------------------------------------------------------
  {
    area: 'Suicide & Self-Harm',
    slug: 'suicide-and-self-harm',
    title: 'Suicide, Self-Harm and Eating Disorders',
    tags: ['suicide', 'self-harm', 'eating disorders', 'wellbeing'],
    teamName: 'Suicide & Self-Harm Policy',
    ownerKey: 'hannah',
    restricted: false,
    versions: [
      {
        label: '1.0',
        effectiveInDays: -1303,
        changeSummary:
          'First published version. Brings suicide, self-harm and eating-disorder rules together, with a recovery exception and a supportive, strike-free response for people who share their own distress.',
        body: `# Suicide, Self-Harm and Eating Disorders

## Rationale

Talking openly about mental health saves lives, and many people find support on the platform when they share what they are going through. At the same time, content that shows methods, glorifies suicide, or promotes disordered eating can lead vulnerable viewers, especially young people, to harm themselves. This policy aims to keep space for honest conversation and recovery while removing content that increases risk.

## Definitions

1. **Self-harm**: deliberately injuring oneself without suicidal intent, for example by cutting, burning or hitting.
2. **Method information**: details of how to end one's life or self-harm, including means, doses, locations, or techniques for concealment.
3. **Graphic self-harm imagery**: images or video showing fresh or unhealed wounds, blood, or the act of self-harm.
4. **Pro-eating-disorder content**: content that presents anorexia, bulimia or other eating disorders as a lifestyle choice or goal, including "thinspiration", tips for restricting food, purging or hiding weight loss, and coaching others to do so.
5. **Recovery content**: personal stories of living with or recovering from suicidal feelings, self-harm or an eating disorder.

## What is not allowed

1. Content that promotes, glorifies or encourages suicide or self-harm, including presenting it as a solution or an act of courage.
2. Method information for suicide or self-harm.
3. Graphic self-harm imagery.
4. Depictions of suicide or suicide attempts, including in LIVE.
5. Pro-eating-disorder content.
6. Challenges, games or dares that involve self-injury.

## Exceptions

1. Recovery content, provided it contains no method information and no graphic self-harm imagery.
2. Awareness and prevention content, including content from health authorities and mental-health organisations.
3. News reporting on suicide that follows safe-messaging practice, for example by not describing the method.

## Enforcement actions

1. Violating content is removed. When the uploader appears to be at risk, no strike is applied and they are shown support resources, including local helplines.
2. Content that promotes or instructs others under clauses 3.1, 3.2, 3.5 or 3.6 adds one strike; three strikes within 90 days lead to a permanent account ban.
3. Signals of imminent risk are escalated to the Emergency Response team, which may contact emergency services.
4. Recovery content is ineligible for the For You feed for users under 18.
5. Searches for suicide and self-harm terms show a support banner above results.

## Examples

1. *Violating (3.2):* A video listing which medicines are "the most painless" in large doses.
2. *Violating (3.5):* A "what I eat in a day" video coaching viewers to stay under 500 calories and hide meals from parents.
3. *Not violating (4.1):* A creator describing how therapy helped her stop self-harming, without showing scars or methods.
4. *Not violating (4.2):* A helpline explaining how to support a friend who talks about suicide.`,
      },
      {
        label: '1.1',
        effectiveInDays: -932,
        changeSummary:
          'Added a definition and distribution limits for extreme dieting and body-checking content, which is not removed but is ineligible for the For You feed and hidden from users under 18, and extended search interventions to eating-disorder terms.',
        body: `# Suicide, Self-Harm and Eating Disorders

## Rationale

Talking openly about mental health saves lives, and many people find support on the platform when they share what they are going through. At the same time, content that shows methods, glorifies suicide, or promotes disordered eating can lead vulnerable viewers, especially young people, to harm themselves. This policy aims to keep space for honest conversation and recovery while removing content that increases risk.

Clinicians we consulted pointed out that content which does not promote an eating disorder outright, such as repeated body checking or extreme fasting regimes, can still be harmful when viewed in volume. This version limits its reach rather than removing it.

## Definitions

1. **Self-harm**: deliberately injuring oneself without suicidal intent, for example by cutting, burning or hitting.
2. **Method information**: details of how to end one's life or self-harm, including means, doses, locations, or techniques for concealment.
3. **Graphic self-harm imagery**: images or video showing fresh or unhealed wounds, blood, or the act of self-harm.
4. **Pro-eating-disorder content**: content that presents anorexia, bulimia or other eating disorders as a lifestyle choice or goal, including "thinspiration", tips for restricting food, purging or hiding weight loss, and coaching others to do so.
5. **Extreme dieting content**: content that promotes very-low-calorie diets, prolonged fasting, or rapid weight loss, or that repeatedly measures and displays body parts ("body checking"), without promoting an eating disorder as such.
6. **Recovery content**: personal stories of living with or recovering from suicidal feelings, self-harm or an eating disorder.

## What is not allowed

1. Content that promotes, glorifies or encourages suicide or self-harm, including presenting it as a solution or an act of courage.
2. Method information for suicide or self-harm.
3. Graphic self-harm imagery.
4. Depictions of suicide or suicide attempts, including in LIVE.
5. Pro-eating-disorder content.
6. Challenges, games or dares that involve self-injury.

## Exceptions

1. Recovery content, provided it contains no method information and no graphic self-harm imagery.
2. Awareness and prevention content, including content from health authorities and mental-health organisations.
3. News reporting on suicide that follows safe-messaging practice, for example by not describing the method.

## Enforcement actions

1. Violating content is removed. When the uploader appears to be at risk, no strike is applied and they are shown support resources, including local helplines.
2. Content that promotes or instructs others under clauses 3.1, 3.2, 3.5 or 3.6 adds one strike; three strikes within 90 days lead to a permanent account ban.
3. Signals of imminent risk are escalated to the Emergency Response team, which may contact emergency services.
4. Extreme dieting content is not removed, but it is ineligible for the For You feed and is not shown to users under 18.
5. Recovery content is ineligible for the For You feed for users under 18.
6. Searches for suicide, self-harm and eating-disorder terms show a support banner above results.

## Examples

1. *Violating (3.2):* A video listing which medicines are "the most painless" in large doses.
2. *Violating (3.5):* A "what I eat in a day" video coaching viewers to stay under 500 calories and hide meals from parents.
3. *Limited distribution (5.4):* A daily video series measuring the creator's waist during a 10-day water fast.
4. *Not violating (4.1):* A creator describing how therapy helped her stop self-harming, without showing scars or methods.`,
      },
      {
        label: '1.2',
        effectiveInDays: -561,
        changeSummary:
          'Added clause 3.7 on encouraging a specific person to harm themselves, moved here from the bullying policy so that one team owns it, with a two-strike penalty; narrowed the recovery exception so that healed scars may appear only incidentally.',
        body: `# Suicide, Self-Harm and Eating Disorders

## Rationale

Talking openly about mental health saves lives, and many people find support on the platform when they share what they are going through. At the same time, content that shows methods, glorifies suicide, or promotes disordered eating can lead vulnerable viewers, especially young people, to harm themselves. This policy aims to keep space for honest conversation and recovery while removing content that increases risk.

Urging someone to kill themselves was previously handled as harassment. Because the risk is a suicide risk, this version moves it here; [[bullying-and-harassment]] still covers other abuse of the same person.

## Definitions

1. **Self-harm**: deliberately injuring oneself without suicidal intent, for example by cutting, burning or hitting.
2. **Method information**: details of how to end one's life or self-harm, including means, doses, locations, or techniques for concealment.
3. **Graphic self-harm imagery**: images or video showing wounds, blood, or the act of self-harm, and close-up or focal images of healed scars.
4. **Pro-eating-disorder content**: content that presents anorexia, bulimia or other eating disorders as a lifestyle choice or goal, including "thinspiration", tips for restricting food, purging or hiding weight loss, and coaching others to do so.
5. **Extreme dieting content**: content that promotes very-low-calorie diets, prolonged fasting, or rapid weight loss, or that repeatedly measures and displays body parts ("body checking"), without promoting an eating disorder as such.
6. **Recovery content**: personal stories of living with or recovering from suicidal feelings, self-harm or an eating disorder.

## What is not allowed

1. Content that promotes, glorifies or encourages suicide or self-harm, including presenting it as a solution or an act of courage.
2. Method information for suicide or self-harm.
3. Graphic self-harm imagery.
4. Depictions of suicide or suicide attempts, including in LIVE.
5. Pro-eating-disorder content.
6. Challenges, games or dares that involve self-injury.
7. Telling or urging an identifiable person to end their life or harm themselves, including in comments and direct messages.

## Exceptions

1. Recovery content, provided it contains no method information and no graphic self-harm imagery. Healed scars may appear only incidentally, not as the focus of the content.
2. Awareness and prevention content, including content from health authorities and mental-health organisations.
3. News reporting on suicide that follows safe-messaging practice, for example by not describing the method.

## Enforcement actions

1. Violating content is removed. When the uploader appears to be at risk, no strike is applied and they are shown support resources, including local helplines.
2. Removals under clauses 3.1, 3.2, 3.5 or 3.6 add one strike, and removals under clause 3.7 add two; three strikes within 90 days lead to a permanent account ban.
3. Signals of imminent risk are escalated to the Emergency Response team, which may contact emergency services. The target of a clause 3.7 violation is also offered support resources.
4. Extreme dieting content is not removed, but it is ineligible for the For You feed and is not shown to users under 18.
5. Recovery content is ineligible for the For You feed for users under 18.
6. Searches for suicide, self-harm and eating-disorder terms show a support banner above results.

## Examples

1. *Violating (3.3):* A recovery video that lingers in close-up on the creator's scarred forearm.
2. *Violating (3.7):* Replies under a gamer's LIVE clip telling him to "just end it".
3. *Limited distribution (5.4):* A daily video series measuring the creator's waist during a 10-day water fast.
4. *Not violating (4.1):* A creator describing how therapy helped her stop self-harming, without showing scars or methods.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Violent Extremism
  // ---------------------------------------------------------------------------
  {
    area: 'Violent Extremism',
    slug: 'violent-extremism',
    title: 'Violent Extremism and Dangerous Organisations',
    tags: ['violent extremism', 'dangerous organisations', 'terrorism'],
    teamName: 'Violent Extremism Policy',
    ownerKey: 'priya',
    restricted: false,
    versions: [
      {
        label: '1.0',
        effectiveInDays: -1415,
        changeSummary:
          'First published version. Prohibits praise, support and representation of designated dangerous organisations and sets out the news and research exceptions.',
        body: `# Violent Extremism and Dangerous Organisations

## Rationale

Violent extremist groups use short-form video to recruit, to spread propaganda and to amplify attacks. We do not allow the platform to be used for these purposes. We also recognise that people need to discuss terrorism and extremism in order to understand, report on, and counter it.

## Definitions

1. **Dangerous organisation**: a group designated by the Violent Extremism team because it commits, plans or advocates serious violence against civilians for ideological, political or religious aims. This includes terrorist organisations, violent extremist groups, and organised hate groups.
2. **Designation list**: the internal list of dangerous organisations and their leaders, founders and prominent members, reviewed quarterly with Trust & Safety Legal.
3. **Praise**: speaking positively about a dangerous organisation, its members, or its violent acts.
4. **Support**: providing material help to a dangerous organisation, including recruitment, fundraising, or distributing its official content.
5. **Representation**: claiming to be, or to speak for, a dangerous organisation.
6. **Perpetrator-produced content**: footage, livestreams, or manifestos created by an attacker in connection with an attack.

## What is not allowed

1. Praise of a dangerous organisation, its members, or violent acts attributed to it.
2. Support of a dangerous organisation, including recruitment and fundraising.
3. Representation of a dangerous organisation, including accounts run on its behalf.
4. Official propaganda, logos, flags or anthems of a dangerous organisation shared in a supportive or neutral context.
5. Perpetrator-produced content, in full or in part.
6. Instructions for carrying out attacks, including building weapons or explosives for that purpose.

## Exceptions

1. News reporting, documentary and academic research that discusses dangerous organisations without praising them. Brief excerpts of perpetrator-produced footage may be shown in news reporting with clear context and without audio.
2. Counter-speech, including content from people who have left extremist groups.
3. Historical content about organisations that have been inactive for at least 30 years.

## Enforcement actions

1. Violating content is removed and the uploader is told which clause applied.
2. Representation under clause 3.3 leads to an immediate permanent ban of the account and linked accounts.
3. Removals under clauses 3.2, 3.5 and 3.6 add two strikes; other removals add one strike. Three strikes within 90 days lead to a permanent ban.
4. Hashes of perpetrator-produced content are shared through industry hash-sharing programmes.
5. Credible threats of imminent violence are referred to law enforcement.

## Examples

1. *Violating (3.1):* A video calling a bomber from a designated group a "martyr" over triumphant music.
2. *Violating (3.5):* A re-upload of an attacker's livestream, cropped to avoid detection.
3. *Not violating (4.1):* A news segment explaining how a designated group recruits online.
4. *Not violating (4.2):* A former member describing why she left the group.`,
      },
      {
        label: '2.0',
        effectiveInDays: -883,
        changeSummary:
          'Replaced the single designation list with three tiers, allowing neutral discussion of Tier 2 and Tier 3 groups while keeping praise prohibited for all, and added clause 3.7 on violent extremist ideologies promoted without any organisational affiliation. Definitions were consolidated to match the tiers.',
        body: `# Violent Extremism and Dangerous Organisations

## Rationale

Violent extremist groups use short-form video to recruit, to spread propaganda and to amplify attacks. We do not allow the platform to be used for these purposes. We also recognise that people need to discuss terrorism and extremism in order to understand, report on, and counter it.

A single list treated a transnational terrorist group and a local armed movement in a civil conflict identically, which led to over-removal of legitimate discussion in affected regions. Attacks are also increasingly carried out by individuals inspired by online ideologies rather than by organisations. This version addresses both. Hateful ideologies without violent intent remain under [[hate-speech]].

## Definitions

1. **Dangerous organisation**: a group designated by the Violent Extremism team because it commits, plans or advocates serious violence against civilians for ideological, political or religious aims.
2. **Tier 1**: terrorist organisations and organised hate groups.
3. **Tier 2**: violent non-state actors in armed conflicts that do not primarily target civilians.
4. **Tier 3**: militarised social movements and violence-inducing conspiracy networks.
5. **Praise, support, representation**: speaking positively about; materially helping; or claiming to be or speak for a dangerous organisation.
6. **Perpetrator-produced content**: footage, livestreams, or manifestos created by an attacker in connection with an attack.
7. **Violent extremist ideology**: a belief system that calls for violence against civilians, such as accelerationism, whether or not its adherents belong to an organisation.

## What is not allowed

1. Praise of a dangerous organisation of any tier, its members, or its violent acts.
2. Support of a dangerous organisation of any tier, including recruitment and fundraising.
3. Representation of a dangerous organisation of any tier, including accounts run on its behalf.
4. Official propaganda, logos, flags or anthems of a Tier 1 organisation shared in a supportive or neutral context.
5. Perpetrator-produced content, in full or in part.
6. Instructions for carrying out attacks, including building weapons or explosives for that purpose.
7. Promotion of a violent extremist ideology, including content celebrating perpetrators of ideologically motivated attacks.

## Exceptions

1. News reporting, documentary and academic research that discusses dangerous organisations without praising them. Brief excerpts of perpetrator-produced footage may be shown in news reporting with clear context and without audio.
2. Counter-speech, including content from people who have left extremist groups.
3. Neutral discussion of Tier 2 and Tier 3 organisations, including their role in current political events.
4. Historical content about organisations that have been inactive for at least 30 years.

## Enforcement actions

1. Violating content is removed and the uploader is told which clause applied.
2. Representation under clause 3.3 leads to an immediate permanent ban of the account and linked accounts.
3. Removals under clauses 3.2, 3.5, 3.6 and 3.7 add two strikes; other removals add one strike. Three strikes within 90 days lead to a permanent ban.
4. Hashes of perpetrator-produced content are shared through industry hash-sharing programmes.
5. Content allowed under clause 4.3 is ineligible for the For You feed.
6. Credible threats of imminent violence are referred to law enforcement.

## Examples

1. *Violating (3.1):* A video calling a bomber from a Tier 1 group a "martyr" over triumphant music.
2. *Violating (3.7):* A slideshow ranking lone attackers by death toll and calling them "saints".
3. *Not violating (4.3):* A journalist explaining which armed factions control a contested city.
4. *Not violating (4.2):* A former member describing why she left the group.`,
      },
      {
        label: '2.1',
        effectiveInDays: -12,
        changeSummary:
          'Added clause 3.8 on gamified extremist content such as in-game recreations of real attacks, and narrowed the news exception so that perpetrator-produced footage may appear only as still frames, never as moving video.',
        body: `# Violent Extremism and Dangerous Organisations

## Rationale

Violent extremist groups use short-form video to recruit, to spread propaganda and to amplify attacks. We do not allow the platform to be used for these purposes. We also recognise that people need to discuss terrorism and extremism in order to understand, report on, and counter it. Hateful ideologies without violent intent remain under [[hate-speech]].

A review of two 2025 incidents found that short news excerpts of attack footage were being clipped and recirculated in supportive contexts, and that extremist communities were recreating attacks in online games to reach younger audiences.

## Definitions

1. **Dangerous organisation**: a group designated by the Violent Extremism team because it commits, plans or advocates serious violence against civilians for ideological, political or religious aims.
2. **Tier 1**: terrorist organisations and organised hate groups.
3. **Tier 2**: violent non-state actors in armed conflicts that do not primarily target civilians.
4. **Tier 3**: militarised social movements and violence-inducing conspiracy networks.
5. **Praise, support, representation**: speaking positively about; materially helping; or claiming to be or speak for a dangerous organisation.
6. **Perpetrator-produced content**: footage, livestreams, or manifestos created by an attacker in connection with an attack.
7. **Violent extremist ideology**: a belief system that calls for violence against civilians, such as accelerationism, whether or not its adherents belong to an organisation.
8. **Gamified extremist content**: recreations of real attacks in games or simulations, and scoreboards, "high score" framing or achievement badges applied to real violence.

## What is not allowed

1. Praise of a dangerous organisation of any tier, its members, or its violent acts.
2. Support of a dangerous organisation of any tier, including recruitment and fundraising.
3. Representation of a dangerous organisation of any tier, including accounts run on its behalf.
4. Official propaganda, logos, flags or anthems of a Tier 1 organisation shared in a supportive or neutral context.
5. Perpetrator-produced content, in full or in part.
6. Instructions for carrying out attacks, including building weapons or explosives for that purpose.
7. Promotion of a violent extremist ideology, including content celebrating perpetrators of ideologically motivated attacks.
8. Gamified extremist content.

## Exceptions

1. News reporting, documentary and academic research that discusses dangerous organisations without praising them. Perpetrator-produced content may appear only as still frames that do not show victims; moving footage is never allowed.
2. Counter-speech, including content from people who have left extremist groups.
3. Neutral discussion of Tier 2 and Tier 3 organisations, including their role in current political events.
4. Historical content about organisations that have been inactive for at least 30 years.

## Enforcement actions

1. Violating content is removed and the uploader is told which clause applied.
2. Representation under clause 3.3 leads to an immediate permanent ban of the account and linked accounts.
3. Removals under clauses 3.2, 3.5, 3.6, 3.7 and 3.8 add two strikes; other removals add one strike. Three strikes within 90 days lead to a permanent ban.
4. Hashes of perpetrator-produced content are shared through industry hash-sharing programmes.
5. Content allowed under clause 4.3 is ineligible for the For You feed.
6. Credible threats of imminent violence are referred to law enforcement.

## Examples

1. *Violating (3.5):* A news clip re-uploaded with the attacker's footage slowed down and set to music.
2. *Violating (3.8):* A sandbox-game recreation of a mosque attack with an on-screen kill counter.
3. *Not violating (4.1):* A news report showing a single still of the attacker's vehicle while describing the attack.
4. *Not violating (4.3):* A journalist explaining which armed factions control a contested city.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Harmful Misinformation
  // ---------------------------------------------------------------------------
  {
    area: 'Harmful Misinformation',
    slug: 'harmful-misinformation',
    title: 'Harmful Misinformation',
    tags: ['misinformation', 'elections', 'synthetic media', 'civic integrity'],
    teamName: 'Harmful Misinformation Policy',
    ownerKey: 'kenji',
    restricted: false,
    versions: [
      {
        label: '1.0',
        effectiveInDays: -1275,
        changeSummary:
          'First published version. Limits removal to misinformation that can cause significant real-world harm, introduces the "unverified" label and For You ineligibility for claims still being fact-checked, and prohibits coordinated inauthentic behaviour.',
        body: `# Harmful Misinformation

## Rationale

We do not arbitrate every disputed fact; most inaccurate content is best answered with context and counter-speech. This policy removes the narrow category of false claims that lead directly to serious harm, limits the spread of claims still being checked, and removes deceptive networks.

## Definitions

1. **Harmful misinformation**: false or misleading content, contradicted by authoritative sources, that is likely to cause significant harm to physical safety, public health, or civic processes.
2. **Authoritative source**: public-health bodies, electoral authorities, emergency services, and our independent fact-checking partners.
3. **Unverified content**: a claim about an emerging event that fact-checkers have not yet confirmed or refuted.
4. **Coordinated inauthentic behaviour (CIB)**: a group of accounts working together to mislead people about who is behind them, what they are, or how popular their content is.
5. **Synthetic media**: realistic images, audio or video made or altered with AI or editing tools to appear to record real events.

## What is not allowed

1. Medical misinformation that may lead to physical harm, such as false cures, advice to stop prescribed treatment, or false claims about vaccine ingredients.
2. Misinformation about civic processes, including false voting dates, locations, methods or eligibility requirements.
3. Crisis misinformation, including false evacuation orders and fake missing-person appeals.
4. Conspiracy theories that name specific private individuals as responsible for a tragedy; see [[hate-speech]] for those targeting protected groups.
5. Synthetic media that shows a real person saying or doing something they did not, where it is likely to mislead and cause harm.
6. Coordinated inauthentic behaviour.

## Exceptions

1. Satire and parody that a reasonable viewer would recognise as such.
2. Personal experiences not presented as medical advice for others.
3. Discussion of scientific questions where authoritative sources do not yet agree.
4. Content that shows misinformation to debunk it.

## Enforcement actions

1. Content violating clauses 3.1 to 3.5 is removed and adds one strike; three strikes within 90 days make the account ineligible for the For You feed for 30 days.
2. CIB networks are removed and all their accounts banned; takedowns appear in the quarterly transparency report.
3. Unverified content is labelled "Unverified" and is ineligible for the For You feed until a fact-checking partner has reviewed it.

## Examples

1. *Violating (3.1):* A video claiming that drinking diluted bleach cures cancer.
2. *Violating (3.2):* A post telling voters in one district that their polling day is a day later than it is.
3. *Not violating (4.1):* A parody news segment in which a cartoon mayor promises to ban Mondays.
4. *Not violating (4.2):* A creator describing the headache she had after her vaccination.`,
      },
      {
        label: '1.1',
        effectiveInDays: -1002,
        changeSummary:
          'Added election-period rules ahead of the 2024 election cycle: new clause 3.7 on calls to disrupt elections or intimidate election workers, mandatory removal of undisclosed AI depictions of candidates during an election period, and labels on unsubstantiated fraud claims.',
        body: `# Harmful Misinformation

## Rationale

We do not arbitrate every disputed fact; most inaccurate content is best answered with context and counter-speech. This policy removes the narrow category of false claims that lead directly to serious harm, limits the spread of claims still being checked, and removes deceptive networks.

With national elections due in many of our largest markets in 2024, this version adds election-period rules. Disputing results is legitimate political speech; stopping people from voting is not.

## Definitions

1. **Harmful misinformation**: false or misleading content, contradicted by authoritative sources, that is likely to cause significant harm to physical safety, public health, or civic processes.
2. **Authoritative source**: public-health bodies, electoral authorities, emergency services, and our independent fact-checking partners.
3. **Unverified content**: a claim about an emerging event that fact-checkers have not yet confirmed or refuted.
4. **Coordinated inauthentic behaviour (CIB)**: a group of accounts working together to mislead people about who is behind them, what they are, or how popular their content is.
5. **Synthetic media**: realistic images, audio or video made or altered with AI or editing tools to appear to record real events.
6. **Election period**: the 60 days before and 30 days after a national or regional election in a market.

## What is not allowed

1. Medical misinformation that may lead to physical harm, such as false cures, advice to stop prescribed treatment, or false claims about vaccine ingredients.
2. Misinformation about civic processes, including false voting dates, locations, methods or eligibility requirements.
3. Crisis misinformation, including false evacuation orders and fake missing-person appeals.
4. Conspiracy theories that name specific private individuals as responsible for a tragedy; see [[hate-speech]] for those targeting protected groups.
5. Synthetic media that shows a real person saying or doing something they did not, where it is likely to mislead and cause harm. During an election period, unlabelled realistic synthetic depictions of candidates or election officials are removed.
6. Coordinated inauthentic behaviour.
7. Calls to disrupt vote counting, intimidate voters or election workers, or obstruct certification of results.

## Exceptions

1. Satire and parody that a reasonable viewer would recognise as such.
2. Personal experiences not presented as medical advice for others.
3. Discussion of scientific questions where authoritative sources do not yet agree.
4. Content that shows misinformation to debunk it.

## Enforcement actions

1. Content violating clauses 3.1 to 3.5 is removed and adds one strike; removals under clause 3.7 add two strikes. Three strikes within 90 days make the account ineligible for the For You feed for 30 days.
2. CIB networks are removed and all their accounts banned; takedowns appear in the quarterly transparency report.
3. Unverified content is labelled "Unverified" and is ineligible for the For You feed until a fact-checking partner has reviewed it.
4. Unsubstantiated claims that a specific election was rigged are not removed, but are labelled with a link to the election information centre and are ineligible for the For You feed.
5. Threats against election workers are also assessed under [[bullying-and-harassment]].

## Examples

1. *Violating (3.5):* An unlabelled AI voice clip of a candidate telling supporters to stay home.
2. *Violating (3.7):* A video urging viewers to "go to the counting centre tonight and stop them".
3. *Labelled (5.4):* A video claiming, without evidence, that thousands of ballots were "found in a river".`,
      },
      {
        label: '2.0',
        effectiveInDays: -393,
        changeSummary:
          'Made AI labels mandatory for all realistic synthetic media (new clause 3.8), replacing the election-period-only rule and its definition, and introduced a crisis hold: during a declared crisis, fast-spreading claims are held out of the For You feed once flagged, pending a fact-check with a 24-hour target.',
        body: `# Harmful Misinformation

## Rationale

We do not arbitrate every disputed fact; most inaccurate content is best answered with context and counter-speech. This policy removes the narrow category of false claims that lead directly to serious harm, limits the spread of claims still being checked, and removes deceptive networks.

Realistic AI video is now common outside elections, and in the first hours of a crisis false claims spread faster than fact-checkers can respond.

## Definitions

1. **Harmful misinformation**: false or misleading content, contradicted by authoritative sources, that is likely to cause significant harm to physical safety, public health, or civic processes.
2. **Authoritative source**: public-health bodies, electoral authorities, emergency services, and our independent fact-checking partners.
3. **Unverified content**: a claim about an emerging event that fact-checkers have not yet confirmed or refuted.
4. **Coordinated inauthentic behaviour (CIB)**: a group of accounts working together to mislead people about who is behind them, what they are, or how popular their content is.
5. **Synthetic media**: realistic images, audio or video made or altered with AI or editing tools to appear to record real events.
6. **Declared crisis**: a natural disaster, armed attack or public-health emergency declared by the Crisis Response team.

## What is not allowed

1. Medical misinformation that may lead to physical harm, such as false cures, advice to stop prescribed treatment, or false claims about vaccine ingredients.
2. Misinformation about civic processes, including false voting dates, locations, methods or eligibility requirements.
3. Crisis misinformation, including false evacuation orders and fake missing-person appeals.
4. Conspiracy theories that name specific private individuals as responsible for a tragedy; see [[hate-speech]] for those targeting protected groups.
5. Synthetic media that shows a real person saying or doing something they did not, where it is likely to mislead and cause harm, whether or not it is labelled.
6. Coordinated inauthentic behaviour.
7. Calls to disrupt vote counting, intimidate voters or election workers, or obstruct certification of results.
8. Realistic synthetic media posted without the AI-generated label.

## Exceptions

1. Satire and parody that a reasonable viewer would recognise as such.
2. Personal experiences not presented as medical advice for others.
3. Discussion of scientific questions where authoritative sources do not yet agree.
4. Content that shows misinformation to debunk it.

## Enforcement actions

1. Removals under clauses 3.1 to 3.5 add one strike; removals under clause 3.7 add two. Three strikes within 90 days make the account ineligible for the For You feed for 30 days.
2. Content under clause 3.8 is labelled automatically; a third unlabelled upload within 90 days is removed and adds one strike.
3. CIB networks are removed and all their accounts banned; takedowns appear in the quarterly transparency report.
4. Unverified content is labelled "Unverified" and is ineligible for the For You feed until a fact-checking partner has reviewed it.
5. During a declared crisis, fast-spreading claims are held out of the For You feed once flagged, pending a fact-check with a 24-hour target.
6. Unsubstantiated claims that a specific election was rigged are labelled, linked to the election information centre, and ineligible for the For You feed.
7. Threats against election workers are also assessed under [[bullying-and-harassment]].

## Examples

1. *Violating (3.3):* A flood video falsely claiming the dam has burst and telling residents to drive towards the river.
2. *Labelled (5.2):* An AI-generated clip of a "tornado hitting a stadium" uploaded without the AI label.
3. *Held (5.5):* A viral claim during an earthquake that a hospital has collapsed.`,
      },
    ],
    draft: {
      label: '2.1',
      changeSummary:
        'Draft: adds clause 3.9 on impersonating emergency services and public-health authorities during a declared crisis, and shortens the crisis-hold fact-check target from 24 to 12 hours after Moderation Operations confirmed the extra capacity.',
      body: `# Harmful Misinformation

## Rationale

We do not arbitrate every disputed fact; most inaccurate content is best answered with context and counter-speech. This policy removes the narrow category of false claims that lead directly to serious harm, limits the spread of claims still being checked, and removes deceptive networks.

Recent wildfires saw accounts posing as fire services publish false evacuation routes. This draft targets such impersonation and speeds up the crisis hold.

## Definitions

1. **Harmful misinformation**: false or misleading content, contradicted by authoritative sources, that is likely to cause significant harm to physical safety, public health, or civic processes.
2. **Authoritative source**: public-health bodies, electoral authorities, emergency services, and our independent fact-checking partners.
3. **Unverified content**: a claim about an emerging event that fact-checkers have not yet confirmed or refuted.
4. **Coordinated inauthentic behaviour (CIB)**: a group of accounts working together to mislead people about who is behind them, what they are, or how popular their content is.
5. **Synthetic media**: realistic images, audio or video made or altered with AI or editing tools to appear to record real events.
6. **Declared crisis**: a natural disaster, armed attack or public-health emergency declared by the Crisis Response team.

## What is not allowed

1. Medical misinformation that may lead to physical harm, such as false cures, advice to stop prescribed treatment, or false claims about vaccine ingredients.
2. Misinformation about civic processes, including false voting dates, locations, methods or eligibility requirements.
3. Crisis misinformation, including false evacuation orders and fake missing-person appeals.
4. Conspiracy theories that name specific private individuals as responsible for a tragedy; see [[hate-speech]] for those targeting protected groups.
5. Synthetic media that shows a real person saying or doing something they did not, where it is likely to mislead and cause harm, whether or not it is labelled.
6. Coordinated inauthentic behaviour.
7. Calls to disrupt vote counting, intimidate voters or election workers, or obstruct certification of results.
8. Realistic synthetic media posted without the AI-generated label.
9. During a declared crisis, impersonating emergency services, public-health authorities or relief organisations, including by copying their logos or names.

## Exceptions

1. Satire and parody that a reasonable viewer would recognise as such.
2. Personal experiences not presented as medical advice for others.
3. Discussion of scientific questions where authoritative sources do not yet agree.
4. Content that shows misinformation to debunk it.

## Enforcement actions

1. Removals under clauses 3.1 to 3.5 add one strike; removals under clauses 3.7 and 3.9 add two. Three strikes within 90 days make the account ineligible for the For You feed for 30 days.
2. Accounts created or renamed to impersonate an authority under clause 3.9 are banned.
3. Content under clause 3.8 is labelled automatically; a third unlabelled upload within 90 days is removed and adds one strike.
4. CIB networks are removed and all their accounts banned; takedowns appear in the quarterly transparency report.
5. Unverified content is labelled "Unverified" and is ineligible for the For You feed until a fact-checking partner has reviewed it.
6. During a declared crisis, fast-spreading claims are held out of the For You feed once flagged, pending a fact-check with a 12-hour target.
7. Unsubstantiated claims that a specific election was rigged are labelled, linked to the election information centre, and ineligible for the For You feed.
8. Threats against election workers are also assessed under [[bullying-and-harassment]].

## Examples

1. *Violating (3.9):* An account posing as a county fire service posts an evacuation map leading towards the fire.
2. *Held (5.6):* A viral claim during an earthquake that a hospital has collapsed.`,
    },
  },
  // ---------------------------------------------------------------------------
  // Adult Nudity
  // ---------------------------------------------------------------------------
  {
    area: 'Adult Nudity',
    slug: 'adult-nudity',
    title: 'Adult Nudity and Sexual Activity',
    tags: ['nudity', 'sexual content', 'NCII'],
    teamName: 'Adult Nudity Policy',
    ownerKey: 'fatima',
    restricted: false,
    versions: [
      {
        label: '1.0',
        effectiveInDays: -1380,
        changeSummary:
          'First published version. Prohibits nudity, sexual activity, sexual solicitation and non-consensual intimate imagery, with exceptions for breastfeeding, health, art and protest, and age-restricts suggestive content.',
        body: `# Adult Nudity and Sexual Activity

## Rationale

Our community includes teenagers and a wide range of cultures with different norms about the body, and most people do not expect sexual content in a general entertainment feed. We therefore do not allow nudity or sexual activity, while recognising that the body also appears in health, education, art, and political expression. Sharing someone's intimate images without their consent is a serious violation of their privacy and dignity. Any nudity or sexualisation involving a minor is handled under [[minor-safety]].

## Definitions

1. **Nudity**: visible genitals, anus, or fully exposed buttocks of an adult, and the nipples and areolae of female-presenting adults.
2. **Sexual activity**: sexual intercourse, oral sex, masturbation, or sexual stimulation, whether real, simulated, or depicted in animation or digital art.
3. **Implied nudity**: content in which a person appears to be nude but intimate areas are covered by hands, objects, stickers or editing.
4. **Sexual solicitation**: offering or requesting sexual services, sexual content, or sexual chat, including by sharing links, handles or QR codes that lead to adult services.
5. **Non-consensual intimate imagery (NCII)**: nude, partially nude or sexual images or video of a person shared without that person's consent.

## What is not allowed

1. Nudity.
2. Sexual activity, including simulated and animated sexual activity.
3. Sexual solicitation.
4. NCII, and threats to share it.
5. Detailed verbal or written descriptions of sexual acts.
6. Directing users to sexually explicit content on other services, including in bios and comments.

## Exceptions

1. Breastfeeding and chest-feeding.
2. Medical and health content, such as childbirth, breast self-examination, and sexual health education that is not designed to arouse.
3. Paintings, sculptures and other non-photographic art, and photographs of such art.
4. Nudity used as a form of political protest, provided intimate areas are blurred.

## Enforcement actions

1. Violating content is removed and adds one strike; five strikes within 90 days lead to a permanent account ban.
2. Removals under clause 3.4 add two strikes, and the removed content is hashed to block re-upload.
3. Accounts whose main purpose is sexual solicitation are banned.
4. Implied nudity, sexually suggestive dancing, and lingerie or swimwear content with a sexualised focus are age-restricted to viewers over 18 and ineligible for the For You feed.

## Examples

1. *Violating (3.3):* A video ending with "link in bio for my uncensored content" and a handle for a subscription site.
2. *Violating (3.4):* A post sharing a former partner's intimate photos "so everyone can see who she really is".
3. *Age-restricted (5.4):* A creator posing in bed covered only by a sheet.
4. *Not violating (4.2):* A nurse demonstrating a breast self-examination on a training model and on herself.`,
      },
      {
        label: '1.1',
        effectiveInDays: -1044,
        changeSummary:
          'Extended the health exception to post-mastectomy and gender-affirming surgery imagery, and made non-sexualised body-positivity content with implied nudity eligible for the For You feed after a bias audit found plus-size and trans creators were disproportionately restricted.',
        body: `# Adult Nudity and Sexual Activity

## Rationale

Our community includes teenagers and a wide range of cultures with different norms about the body, and most people do not expect sexual content in a general entertainment feed. We therefore do not allow nudity or sexual activity, while recognising that the body also appears in health, education, art, and political expression. Sharing someone's intimate images without their consent is a serious violation of their privacy and dignity. Any nudity or sexualisation involving a minor is handled under [[minor-safety]].

A 2023 audit of age restrictions found that plus-size and transgender creators were restricted far more often than other creators for comparable content. This version draws the line on sexualisation rather than on body type or skin shown.

## Definitions

1. **Nudity**: visible genitals, anus, or fully exposed buttocks of an adult, and the nipples and areolae of female-presenting adults.
2. **Sexual activity**: sexual intercourse, oral sex, masturbation, or sexual stimulation, whether real, simulated, or depicted in animation or digital art.
3. **Implied nudity**: content in which a person appears to be nude but intimate areas are covered by hands, objects, stickers or editing.
4. **Sexualised focus**: framing, poses, captions or camera movement that draw attention to intimate areas for the purpose of arousal.
5. **Sexual solicitation**: offering or requesting sexual services, sexual content, or sexual chat, including by sharing links, handles or QR codes that lead to adult services.
6. **Non-consensual intimate imagery (NCII)**: nude, partially nude or sexual images or video of a person shared without that person's consent.

## What is not allowed

1. Nudity.
2. Sexual activity, including simulated and animated sexual activity.
3. Sexual solicitation.
4. NCII, and threats to share it.
5. Detailed verbal or written descriptions of sexual acts.
6. Directing users to sexually explicit content on other services, including in bios and comments.

## Exceptions

1. Breastfeeding and chest-feeding.
2. Medical and health content, such as childbirth, breast self-examination, sexual health education that is not designed to arouse, and imagery of post-mastectomy or gender-affirming surgery results and scars.
3. Paintings, sculptures and other non-photographic art, and photographs of such art.
4. Nudity used as a form of political protest, provided intimate areas are blurred.

## Enforcement actions

1. Violating content is removed and adds one strike; five strikes within 90 days lead to a permanent account ban.
2. Removals under clause 3.4 add two strikes, and the removed content is hashed to block re-upload.
3. Accounts whose main purpose is sexual solicitation are banned.
4. Implied nudity, sexually suggestive dancing, and lingerie or swimwear content with a sexualised focus are age-restricted to viewers over 18 and ineligible for the For You feed.
5. Implied nudity without a sexualised focus, such as body-positivity and body-acceptance content, is eligible for the For You feed.

## Examples

1. *Violating (3.3):* A video ending with "link in bio for my uncensored content" and a handle for a subscription site.
2. *Age-restricted (5.4):* A creator posing in bed covered only by a sheet, with slow pans over her body.
3. *Not violating (4.2):* A creator showing his top-surgery scars one year after the operation.
4. *Eligible (5.5):* A plus-size creator in a towel talking about learning to like her stretch marks.`,
      },
      {
        label: '2.0',
        effectiveInDays: 10,
        changeSummary:
          'Added clause 3.7 on AI-generated or edited sexual imagery of real people and on promoting "nudify" tools, and made NCII and synthetic intimate imagery zero-tolerance: permanent ban at the first violation and hash-matching through an industry NCII hashing partner.',
        body: `# Adult Nudity and Sexual Activity

## Rationale

Our community includes teenagers and a wide range of cultures with different norms about the body, and most people do not expect sexual content in a general entertainment feed. We therefore do not allow nudity or sexual activity, while recognising that the body also appears in health, education, art, and political expression. Sharing someone's intimate images without their consent is a serious violation of their privacy and dignity. Any nudity or sexualisation involving a minor is handled under [[minor-safety]].

Tools that "undress" a photo or put a real person's face into sexual content are now widely available. The harm is the same as with a real intimate image, so this version treats both as the most serious violations of this policy.

## Definitions

1. **Nudity**: visible genitals, anus, or fully exposed buttocks of an adult, and the nipples and areolae of female-presenting adults.
2. **Sexual activity**: sexual intercourse, oral sex, masturbation, or sexual stimulation, whether real, simulated, or depicted in animation or digital art.
3. **Implied nudity**: content in which a person appears to be nude but intimate areas are covered by hands, objects, stickers or editing.
4. **Sexualised focus**: framing, poses, captions or camera movement that draw attention to intimate areas for the purpose of arousal.
5. **Sexual solicitation**: offering or requesting sexual services, sexual content, or sexual chat, including by sharing links, handles or QR codes that lead to adult services.
6. **Non-consensual intimate imagery (NCII)**: nude, partially nude or sexual images or video of a person shared without that person's consent.
7. **Synthetic intimate imagery**: nude or sexual imagery of a real, identifiable person that was generated or altered with AI or editing tools.

## What is not allowed

1. Nudity.
2. Sexual activity, including simulated and animated sexual activity.
3. Sexual solicitation.
4. NCII, and threats to share it.
5. Detailed verbal or written descriptions of sexual acts.
6. Directing users to sexually explicit content on other services, including in bios and comments.
7. Synthetic intimate imagery, requests to create it, and content promoting tools or services that produce it.

## Exceptions

1. Breastfeeding and chest-feeding.
2. Medical and health content, such as childbirth, breast self-examination, sexual health education that is not designed to arouse, and imagery of post-mastectomy or gender-affirming surgery results and scars.
3. Paintings, sculptures and other non-photographic art, and photographs of such art.
4. Nudity used as a form of political protest, provided intimate areas are blurred.

## Enforcement actions

1. Violating content is removed and adds one strike; five strikes within 90 days lead to a permanent account ban.
2. Removals under clauses 3.4 and 3.7 lead to a permanent ban at the first violation, and the content is hash-matched through an industry NCII hashing partner to block it across participating services.
3. People depicted in NCII or synthetic intimate imagery can request proactive blocking without needing to find every copy themselves.
4. Accounts whose main purpose is sexual solicitation are banned.
5. Implied nudity, sexually suggestive dancing, and lingerie or swimwear content with a sexualised focus are age-restricted to viewers over 18 and ineligible for the For You feed; without a sexualised focus it remains eligible.

## Examples

1. *Violating (3.7):* A "nudified" image of a well-known streamer made from her stream thumbnail.
2. *Violating (3.7):* A video advertising an app that will "remove clothes from any photo".
3. *Violating (3.4):* A post sharing a former partner's intimate photos.
4. *Not violating (4.2):* A creator showing his top-surgery scars one year after the operation.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Regulated Goods
  // ---------------------------------------------------------------------------
  {
    area: 'Regulated Goods',
    slug: 'regulated-goods',
    title: 'Regulated Goods and Services',
    tags: ['regulated goods', 'firearms', 'drugs', 'gambling'],
    teamName: 'Regulated Goods Policy',
    ownerKey: 'fatima',
    restricted: false,
    versions: [
      {
        label: '1.0',
        effectiveInDays: -1240,
        changeSummary:
          'First published version. Prohibits trading firearms, drugs, alcohol and tobacco between users, restricts gambling promotion to licensed operators using branded-content tools, and sets out exceptions for sport shooting and harm reduction.',
        body: `# Regulated Goods and Services

## Rationale

Firearms, drugs, alcohol, tobacco and gambling are regulated by law in almost every market because they can cause serious harm, particularly to young people. The platform cannot check licences, ages or local laws in a peer-to-peer sale, so we do not allow users to trade these goods. We do allow people to talk about them, to enjoy legal hobbies such as sport shooting, and to share harm-reduction information.

## Definitions

1. **Regulated goods**: firearms, ammunition, firearm parts and accessories, and explosives; drugs and controlled substances, including prescription medicines used without a prescription; alcohol; tobacco and nicotine products; and gambling.
2. **Trade**: buying, selling, gifting, bartering or exchanging, or directing users to where they can do so, including through links, handles, or phrases such as "DM for prices".
3. **Gambling**: staking money or items of monetary value on an uncertain outcome, including sports betting, casino games, lotteries and skin betting.
4. **Licensed operator**: a business holding the licence required for its activity in the market where its content is shown.

## What is not allowed

1. Trade of firearms, ammunition, firearm parts, or files for 3D-printing firearms.
2. Instructions for manufacturing firearms or explosives, or for converting firearms to automatic fire.
3. Trade of drugs and controlled substances, including prescription medicines.
4. Content that promotes recreational drug use or explains how to make drugs.
5. Trade of alcohol, tobacco or nicotine products between users.
6. Gambling promotion by anyone other than a licensed operator, including referral codes and "guaranteed win" tips.

## Exceptions

1. Hunting, sport shooting, collecting and safe-handling content, provided no trade takes place.
2. Harm-reduction and drug-education content, including content from public-health bodies.
3. Advertising by licensed operators of alcohol or gambling through the branded-content tools, in markets where it is legal and with an 18+ audience setting.
4. Adults consuming alcohol legally, for example a toast at a wedding.

## Enforcement actions

1. Violating content is removed and adds one strike. Removals under clauses 3.1 to 3.3 add two strikes; four strikes within 90 days lead to a permanent ban.
2. Accounts whose main purpose is trading regulated goods are banned.
3. Content allowed under clause 4.4 is age-restricted to viewers over 18 and ineligible for the For You feed.
4. Evidence of weapons trafficking, or a sale linked to a credible threat, is referred to law enforcement.
5. Minors shown with regulated goods are handled under [[minor-safety]].

## Examples

1. *Violating (3.1):* A video showing a pistol on a table with the caption "clean, no serial, DM me".
2. *Violating (3.6):* A creator sharing a referral code for an unlicensed online casino.
3. *Not violating (4.1):* A range instructor explaining how to clear a jammed rifle safely.
4. *Not violating (4.2):* A harm-reduction charity explaining how to test pills at a festival.`,
      },
      {
        label: '1.1',
        effectiveInDays: -953,
        changeSummary:
          'Listed e-cigarettes, heated tobacco and nicotine pouches explicitly in the nicotine definition, added clause 3.7 on vaping tricks and flavour promotion aimed at young audiences, barred nicotine advertising even by licensed operators, and moved adult alcohol consumption from the exceptions to the enforcement section as allowed but age-restricted content.',
        body: `# Regulated Goods and Services

## Rationale

Firearms, drugs, alcohol, tobacco and gambling are regulated by law in almost every market because they can cause serious harm, particularly to young people. The platform cannot check licences, ages or local laws in a peer-to-peer sale, so we do not allow users to trade these goods. We do allow people to talk about them, to enjoy legal hobbies such as sport shooting, and to share harm-reduction information.

Youth nicotine use has shifted from cigarettes to vapes and pouches, often marketed with sweet flavours and trick videos. This version names these products and the content that promotes them.

## Definitions

1. **Regulated goods**: firearms, ammunition, firearm parts and accessories, and explosives; drugs and controlled substances, including prescription medicines used without a prescription; alcohol; tobacco and nicotine products; and gambling.
2. **Tobacco and nicotine products**: cigarettes, cigars, and rolling tobacco, and also e-cigarettes and vapes, heated-tobacco devices, nicotine pouches, and their refills and flavour cartridges.
3. **Trade**: buying, selling, gifting, bartering or exchanging, or directing users to where they can do so, including through links, handles, or phrases such as "DM for prices".
4. **Gambling**: staking money or items of monetary value on an uncertain outcome, including sports betting, casino games, lotteries and skin betting.
5. **Licensed operator**: a business holding the licence required for its activity in the market where its content is shown.

## What is not allowed

1. Trade of firearms, ammunition, firearm parts, or files for 3D-printing firearms.
2. Instructions for manufacturing firearms or explosives, or for converting firearms to automatic fire.
3. Trade of drugs and controlled substances, including prescription medicines.
4. Content that promotes recreational drug use or explains how to make drugs.
5. Trade of alcohol, tobacco or nicotine products between users.
6. Gambling promotion by anyone other than a licensed operator, including referral codes and "guaranteed win" tips.
7. Vaping tricks, flavour reviews, and other content that presents nicotine products as fun, fashionable or harmless.

## Exceptions

1. Hunting, sport shooting, collecting and safe-handling content, provided no trade takes place.
2. Harm-reduction, smoking-cessation and drug-education content, including content from public-health bodies.
3. Advertising by licensed operators of alcohol or gambling through the branded-content tools, in markets where it is legal and with an 18+ audience setting. Nicotine products may not be advertised.

## Enforcement actions

1. Violating content is removed and adds one strike. Removals under clauses 3.1 to 3.3 add two strikes; four strikes within 90 days lead to a permanent ban.
2. Accounts whose main purpose is trading regulated goods are banned.
3. Content showing adults legally consuming alcohol or tobacco, where no clause above applies, is allowed but age-restricted to viewers over 18 and ineligible for the For You feed.
4. Evidence of weapons trafficking, or a sale linked to a credible threat, is referred to law enforcement.
5. Minors shown with regulated goods are handled under [[minor-safety]].

## Examples

1. *Violating (3.1):* A video showing a pistol on a table with the caption "clean, no serial, DM me".
2. *Violating (3.7):* A video blowing vapour rings, rating "the best candy flavours this month".
3. *Age-restricted (5.3):* Friends sharing a bottle of wine at a picnic.
4. *Not violating (4.2):* A pharmacist explaining how nicotine pouches can help with quitting smoking under medical advice.`,
      },
      {
        label: '2.0',
        effectiveInDays: -60,
        changeSummary:
          'Expanded the gambling definition to cover prediction markets, crypto casinos and sweepstakes casinos, and moved cannabis to market-by-market treatment: legal adult use may be shown, age-restricted, where cannabis is legal, while trade remains prohibited everywhere.',
        body: `# Regulated Goods and Services

## Rationale

Firearms, drugs, alcohol, tobacco and gambling are regulated by law in almost every market because they can cause serious harm, particularly to young people. The platform cannot check licences, ages or local laws in a peer-to-peer sale, so we do not allow users to trade these goods. We do allow people to talk about them, to enjoy legal hobbies such as sport shooting, and to share harm-reduction information.

New forms of wagering, such as prediction markets and crypto casinos, are heavily promoted by creators and often lack a local licence. Cannabis is now legal for adults in several of our markets, so a single global rule no longer fits.

## Definitions

1. **Regulated goods**: firearms, ammunition, firearm parts and accessories, and explosives; drugs and controlled substances, including prescription medicines used without a prescription; cannabis; alcohol; tobacco and nicotine products; and gambling.
2. **Tobacco and nicotine products**: cigarettes, cigars, and rolling tobacco, and also e-cigarettes and vapes, heated-tobacco devices, nicotine pouches, and their refills and flavour cartridges.
3. **Trade**: buying, selling, gifting, bartering or exchanging, or directing users to where they can do so, including through links, handles, or phrases such as "DM for prices".
4. **Gambling**: staking money, cryptocurrency or items of monetary value on an uncertain outcome, including sports betting, casino games, lotteries, skin betting, prediction markets, and "sweepstakes" casinos that use purchasable virtual currency.
5. **Licensed operator**: a business holding the licence required for its activity in the market where its content is shown.
6. **Cannabis-legal market**: a market where adult recreational cannabis use is lawful nationally, as listed by Trust & Safety Legal.

## What is not allowed

1. Trade of firearms, ammunition, firearm parts, or files for 3D-printing firearms.
2. Instructions for manufacturing firearms or explosives, or for converting firearms to automatic fire.
3. Trade of drugs, controlled substances and cannabis, in every market.
4. Content that promotes recreational drug use or explains how to make drugs. Adult cannabis use in cannabis-legal markets falls under clause 5.3.
5. Trade of alcohol, tobacco or nicotine products between users.
6. Gambling promotion by anyone other than a licensed operator, including referral and bonus codes and "guaranteed win" tips.
7. Vaping tricks, flavour reviews, and other content that presents nicotine products as fun, fashionable or harmless.

## Exceptions

1. Hunting, sport shooting, collecting and safe-handling content, provided no trade takes place.
2. Harm-reduction, smoking-cessation and drug-education content, including content from public-health bodies.
3. Advertising by licensed operators of alcohol or gambling through the branded-content tools, in markets where it is legal and with an 18+ audience setting. Nicotine and cannabis products may not be advertised.

## Enforcement actions

1. Violating content is removed and adds one strike. Removals under clauses 3.1 to 3.3 add two strikes; four strikes within 90 days lead to a permanent ban.
2. Accounts whose main purpose is trading regulated goods are banned.
3. Content showing adults legally consuming alcohol, tobacco, or, in cannabis-legal markets, cannabis is allowed but age-restricted to viewers over 18, ineligible for the For You feed, and shown only where legal.
4. Evidence of weapons trafficking, or a sale linked to a credible threat, is referred to law enforcement.
5. Minors shown with regulated goods are handled under [[minor-safety]].

## Examples

1. *Violating (3.6):* A creator streaming a crypto-casino session with an on-screen bonus code.
2. *Violating (3.3):* A video from a cannabis-legal market showing edibles "shipping nationwide, DM".
3. *Age-restricted (5.3):* A creator in a cannabis-legal market describing how a legally bought edible affected her sleep.`,
      },
    ],
  },
];
