package dev.bcfkit.testkit.seeds;

/**
 * The narrative answers of Nottinghamshire's 2014 plan ({@code [003]}), transcribed verbatim
 * from the seed. Each paragraph of the answer is one line of the seed, cited beside it;
 * paragraphs are joined with a line feed. A paragraph the rendering broke over two physical
 * lines is re-joined with one space (both lines are cited). Bullets keep the "- " the seed
 * prints. The Markdown link markup of the rendering ({@code [document 03](#)}) is dropped,
 * keeping its words ("document 03").
 */
final class NottinghamshirePlanNarratives {
    private NottinghamshirePlanNarratives() {
    }

    /** Section 1 c "Service provider engagement", the answer to {@code [003:68]}: {@code [003:70-93]}. */
    static final String PROVIDER_ENGAGEMENT = String.join("\n",
            // [003:70]
            "Engaging with a range of stakeholders across the health and social care economy is critical to the success of delivering integrated care in Nottinghamshire. Plans have been developed in partnership across the county, with commissioners and providers working jointly.",
            // [003:72]
            "An Operational Planning Event for the BCF plan was held in early December 2013, with providers attending, where it was agreed that provider representatives would join the BCF Local Planning Groups in developing a plan for integrated care as part of our resolute commitment to co-developing our plans for integrated care alongside providers.",
            // [003:74]
            "Our comprehensive engagement process has so far included borough and district councils, acute providers, community services, the independent sector (including care homes), mental health, voluntary organisations, and the East Midlands Ambulance Service (EMAS).",
            // [003:76]
            "A county-wide consultation between health and social care has also been concluded, including providers and all key stakeholders, regarding budget cuts required by the County Council and the potential impact upon them of any reduction in funding arrangements. The results were presented to elected members, and plans agreed by the Council in late February. The development of our BCF plan has been fully cognisant of these plans.",
            // [003:78]
            "The Nottinghamshire Health & Wellbeing Strategy underwent consultation between June to September, and was agreed by the Health and Wellbeing Board in March, and the final delivery plan will be agreed by the Health and Wellbeing Board in July 2014. A stakeholder event was also held in December 2013 to ensure the emerging strategic objectives took account of local plans and pressures.",
            // [003:80]
            "There have also been significant and on-going provider engagement programmes at locality level, all ensuring providers are not just kept abreast of plans, but are actively involved in designing the local integrated care programmes. These include:",
            // [003:82]
            "- The North Nottinghamshire Urgent Care Working Group and Integrated Care Board, engaging clinical and non-clinical members at a senior level",
            // [003:83]
            "- The HWB Stakeholder Network and Living at Home Programme to engage with providers and patient representatives in North Nottinghamshire, with further events planned as the Strategic Priorities develop",
            // [003:84]
            "- The Mid-Nottinghamshire 'Better Together' Transformation Programme care design group process, which engaged local clinicians, care professionals, and patients to design a blueprint for future service delivery in a challenging health economy",
            // [003:85]
            "- A communications forum where communications leads from each organisation involved in the Mid-Nottinghamshire 'Better Together' programme meet on a monthly basis to review the ongoing communications required",
            // [003:86]
            "- The Greater Nottingham's Vision for Integrated Care (covering South Nottinghamshire), working together with providers to improve quality, outcomes and drive cost efficiencies",
            // [003:87] + [003:89]
            "- The Strategy and Implementation Group for Nottinghamshire South (SIGNS) with a focus on Frail Elderly – a group of commissioners and providers to set the strategy for frail older people across Greater Nottinghamshire boundaries and oversee its implementation",
            // [003:91]
            "- The South Nottinghamshire Transformation Board oversees and is accountable for the delivery of the South Nottinghamshire Transformation Programme, with the aim of improving the way care is delivered to citizens, patients, and carers through service redesign and integration",
            // [003:92]
            "- The Bassetlaw Integrated Care Board has been mobilised as part of BCF implementation in North Nottinghamshire",
            // [003:93]
            "- South Nottinghamshire's local planning group for the BCF includes a representative of Circle (Independent Sector Provider) as well as the main acute provider NUH");

    /** Section 1 d "Patient, service user and public engagement", the answer to {@code [003:97]}: {@code [003:99-119]}. */
    static final String PUBLIC_ENGAGEMENT = String.join("\n",
            // [003:99]
            "Our vision of integrated care is important, but it is how outcomes are met and experienced by the citizen that really matters. Nottinghamshire's plan for integrated care has therefore been designed with the needs of the citizen at its core. In this vein, we have deliberately implemented all engagement activity at locality level, based on prior experiences on how to best achieve deep and impactful engagement. A further county-wide communications and engagement approach will be developed if necessary as the BCF schemes are implemented.",
            // [003:101]
            "The following is a flavour of the range of communication and engagement activity being used locally to facilitate on-going and meaningful dialogue with patients, service users, carers, and the public to ensure that the patient and public voice is fully embedded within the development of the integrated care programmes across the county:",
            // [003:103]
            "South Nottinghamshire",
            // [003:105]
            "From September 2013 onwards, the three South Nottinghamshire CCGs and Nottingham City CCG have carried out a large-scale Call to Action engagement exercise to involve patients, the public and partners in how the NHS should respond to meet the challenges of the future. There have been more than 40 events and this significant engagement with a wide range of individuals with different experiences of health and social care has helped inform the debate as to how health and social care services can make bold change. At the end of January, one such exercise engaged over 130 patients.",
            // [003:107]
            "Mid-Nottinghamshire",
            // [003:109]
            "In Mid-Nottinghamshire, service users and the public contributed to the Better Together blueprint, and service users were also involved in the clinical design groups. The case for change and the outcomes from the workstreams are now being tested with a wider service user and public audience. A brand has been created for the Better Together programme, accompanied by a public website, as well as social media accounts, and four outreach events have already been held.",
            // [003:111]
            "North Nottinghamshire",
            // [003:113]
            "As part of the development of its five year strategy, Bassetlaw CCG has been undertaking a review of all the patient and public feedback it has received during the last year. This includes feedback that has been received through partner organisations such as providers, local authorities and voluntary organisations. It includes informal feedback and comments as well as the output of more formal engagement activities and events. The feedback has been mapped against priority areas to establish what is already known about people's views. This exercise enabled us to share learning across the planning area, especially where feedback on one particular service or experience is more widely relevant. The next stage in this process is for commissioning leads to review the existing information and identify key areas where they would like more detailed feedback to develop an engagement framework. This framework will link directly to the plans for the BCF and will be used to inform proposals throughout the BCF period.",
            // [003:115] + [003:117]
            "Patient representatives across the county have also been engaged in the development of the plan through the HWB Stakeholder Network. Healthwatch are also represented on our Health and Wellbeing Board, as well as the South Nottinghamshire Transformation Board. This Transformation Board is co-chaired by a lay member (who is also a patient), and is supported by a Citizen Panel made up of patient representatives from all 12 organisations involved. In a similar vein, a member of the Citizen Board advises the Mid-Nottinghamshire Transformation Board.",
            // [003:119]
            "There are more engagement plans beyond this submission as our BCF work develops. The county-wide imperative is to ensure that the outcomes from all of the above communications and engagement sessions inform Nottinghamshire's integrated care plans, and are adequately reflected therein.");

    /** Section 2 a "Vision for health and care services", the answer to {@code [003:137-140]}: {@code [003:142-168]}. */
    static final String VISION = String.join("\n",
            // [003:142]
            "The overall vision is that people living in Nottinghamshire will be enabled to take control of their health and independence through convenient access to timely and joined up services that maximise wellbeing. This is a shared vision, and steps have been taken across Nottinghamshire to transition towards this patient-centric model of health and social care. What matters most to commissioners and providers are the improvements we make together for the benefit of patients and service users by optimising choice, where possible.",
            // [003:144]
            "The Nottinghamshire Health and Wellbeing Strategy has now been completed, and a final strategy approved by the Health & Wellbeing Board in March 2014, and a delivery plan is now being concluded. The consultation undertaken between June and September 2013 outlined and fully supported three key principles, reflecting our overall vision:",
            // [003:146]
            "- Prevention and Early Intervention – to reinvest earlier in pathways to help prevent future problems",
            // [003:147]
            "- Supporting Independence – assisting people to retain their independence, improve their own health and wellbeing, and reduce the need for traditional services",
            // [003:148]
            "- Promoting Integration across partners – to provide strong leadership across partners to join up services and deliver consistent messages on key issues",
            // [003:150]
            "This vision for integrated care combines county-wide transformation with locally tailored services where appropriate. There are a number of interventions that will act across the county to provide large scale transformation for our citizens. However, we also understand the importance of local ownership and so our strategic approach is tailored to the specific needs and challenges of each region. All of these schemes are underpinned by a focus on improving independence and control through personalisation of care.",
            // [003:152]
            "We have well-aligned 5-year integration plans across the county to this effect (outlined below), all underpinned by the principle of health and social care services being jointly funded, jointly commissioned, and jointly provided, wherever possible. There is a great deal of commonality around these integration plans centred around an unwavering commitment to, accountability for, and delivery of truly seamless and joined up care within the joint resources available:",
            // [003:154]
            "- Services will be preventative, proactive and focus on anticipatory care",
            // [003:155]
            "- Patients will have equitable access to the care that they need regardless of where they live",
            // [003:156]
            "- Patients will be at the centre of their care, with health and social care professionals working closely together, with patients, and with carers to meet jointly identified and agreed needs and goals",
            // [003:157]
            "- Care will be proactive and focus on those patients at highest risk to prevent crisis and reduce the need for unnecessary admission to hospital and long-term care",
            // [003:158] + [003:160]
            "- Wherever possible, care will be delivered in the patient's own home, with care in a hospital or care home only when absolutely necessary",
            // [003:162]
            "- Mental health services will meet our citizens' needs and expectations, and be delivered through an integrated approach",
            // [003:164]
            "By focusing on supporting patients' post-acute illness (reablement, maintenance, and independence), mental health services, care home and specialist accommodation for older people, care for the elderly in the community, and the urgent care system, we aim to redesign intermediate care offered in the patient's own home to be more flexible, and consequently reduce the number of acute and mental health patient beds.",
            // [003:166]
            "Our services will all look radically different to patients and service users as outcomes will place them at the centre of seamlessly delivered, well co-ordinated Health and Social care services. These outcomes will include a strong drive towards improving alternative forms of support to self care and an integrated direct payment and health care budget to allow people to experience outcomes which are truly person centred and flexible improve their aspirations to maintain control, choice and independence. This can only be achieved through a resolute focus on patients, services, and resources.",
            // [003:168]
            "In short, integrated care in Nottinghamshire will bring the experience of our citizens to the forefront of everything we do. Through these interventions, we will tackle the growing pressures of ageing populations and increasing numbers of people with complex, long term conditions by radically challenging how health and social care currently work. We will build resilience by enabling people to be real partners in their own physical and mental health, moving from a dependency model to one of co-production, treating citizens as people – not cases.");

    /** Condition a), "Please outline your agreed local definition of protecting adult social care services." {@code [003:594]}: {@code [003:596-600]}. */
    static final String LOCAL_DEFINITION = String.join("\n",
            // [003:596]
            "In Nottinghamshire, eligibility is set at Critical and Substantial.",
            // [003:598]
            "The Care Bill, which is currently in Parliament, includes national eligibility criteria. The criteria are yet to be finalised but the intention is to set the criteria at a level which will be consistent with Critical and Substantial.",
            // [003:600]
            "Therefore, the criteria are not the substantive issue; rather the challenge is to deliver services which meet the needs of existing and future service users, given the known increases in the number of older and younger adults with increasingly complex needs arising from disability and long term conditions.");

    /** Condition a), "Please explain how local social care services will be protected within your plans." {@code [003:602]}: {@code [003:604-626]} without the allocation table {@code [003:615-620]}, which is structured in {@link NottinghamshirePlan}. */
    static final String HOW_PROTECTED = String.join("\n",
            // [003:604]
            "In the context of the BCF, our priorities for protecting social care services are:",
            // [003:606]
            "- Ensuring the ability to respond to demography/increasing social care needs of younger adults with disabilities and older people",
            // [003:607]
            "- Funding the costs of Care Bill implementation",
            // [003:608]
            "- Maintaining essential social care services",
            // [003:609]
            "- Funding innovation in social care in line with transformation plans to improve social care outcomes and realise savings and efficiencies in both health and social care budgets",
            // [003:611]
            "One of the main themes across our BCF plan is the principle of reducing dependence on health and social care services.",
            // [003:613]
            "As detailed in the list of schemes contained in Part 2 of this plan, each of the three planning units has explicitly allocated the mandatory funds for the specific purpose of protecting social care services (summarised in the below table). This commitment is made in addition to other BCF schemes that will also be supporting social care less directly.",
            // [003:622] + [003:624]
            "Supporting the allocation of the funds is a detailed breakdown of the schemes, identification of health gain, and the approximate number of people that each allocation will support. The £16.1 million for protecting social care does not eliminate the need for further savings to be identified from the Council's adult social care budget over and above those already approved in 2015/16. The Council has not decided on a precise target or amount that has to be saved from adult social care or other service areas, but this will be considered taking into account the Council's commitments in this plan and the performance targets that are to be set. The implications of any proposals will be thoroughly explored with partners. It will also take account of the requirements of the Care Bill as the legislation is finalised and regulations and statutory guidance are issued.",
            // [003:626]
            "We will be allocating appropriate funding to cover new duties that come in from April 2015 as a result of the Care Bill, in line with requirements in the BCF guidance to do so. Based on published allocations, this amounts to £1,946,000, with an additional £735,000 capital investment funding (including IT systems) – this gives a grand total for Nottinghamshire of £2,681,000.");

    /** Condition b) "7 day services to support discharge", the answer to {@code [003:630]}: {@code [003:632-645]}. */
    static final String SEVEN_DAY_SERVICES = String.join("\n",
            // [003:632]
            "Nottinghamshire is committed to providing 7 day services within its local planning groups, and within the Joint Health and Wellbeing Strategy. The principles were consulted on as part of the refresh of the strategy aligned with all National Conditions.",
            // [003:634]
            "7 day services to support hospital discharge and avoid admissions to both hospital and care homes are particularly key to supporting the strategic principles. One related initiative to support our vision for 7 day services has been the involvement of primary care in discharge planning following an emergency admission.",
            // [003:636]
            "Nottinghamshire currently has a number of 7 day services already in place, such as Rapid Response Teams and Intermediate Care Teams, and a number of new services outlined in the BCF plan, such as a 24/7 acute care liaison service, where gaps in provision have been identified by local planning groups. The continuation, and/or expansion of existing services are crucial to delivering the change required. To ensure a consistent approach across Nottinghamshire, a working group was established led by a senior Local Authority officer with CCG and Public Health Consultant input. This working group took a multifaceted approach to:",
            // [003:638]
            "- Comprehensively baseline the availability of key health and social care services across acute, community and primary care identified from the Keogh report, the Academy of Medical Royal Colleges 2013 report Seven Day Consultant Present Care and expert knowledge of the system",
            // [003:639]
            "- Follow Cochrane Review processes to systematically search the published literature in order to provide evidence based advice from published research and locally commissioned research and evaluations to develop evidence based recommendations on the impact that particular services can have on our BCF goals",
            // [003:640]
            "- Use these evidence based statements to develop a countywide position with timescales for delivery for the duration of the BCF period and beyond",
            // [003:641]
            "- Work with the three planning groups, which include commissioners and providers, to identify how 7 day services will be implemented in their unique planning areas",
            // [003:643]
            "A copy of this is included with this plan in the attached document 03. A process for agreeing Action Plans with providers to deliver the clinical standards for 7 day services is in place. Contract negotiations have already taken place with providers, with final action plans to be agreed and varied into contracts by the end of April 2014. For example, in the South to ensure consistency and that plans are aligned and support each other, it has been agreed by the Chair of the Provider Sub-Group of the Urgent Care Board that further discussion will take place through that group. The outcome of discussions at the Provider Sub-Group will feed into the Service Development and Improvement Plans within provider contracts.",
            // [003:645]
            "Evaluation findings of local 7 day initiatives will be shared amongst Nottinghamshire's planning groups. Local planning groups will be responsible for reviewing the findings, and refining plans for their areas as appropriate over the duration of the BCF period.");

    /** Condition c), the answer to "Please confirm that you are using the NHS Number as the primary identifier ..." {@code [003:649]}. */
    // [003:651]
    static final String NHS_NUMBER_AS_PRIMARY_IDENTIFIER =
            "The NHS Number is currently in use in all NHS organisations and used as the primary unique and unambiguous identifier, supporting communication with other providers of healthcare services. With modern systems in place, the timeliness of NHS number matching is primarily at the point of contact via PDS linked PMI trace. During 2014/15, formal agreement and arrangements for the expansion of the NHS number matching across social care systems will be put in place via direct entry or batch tracing of NHS number via PDS. This will be supported by the use of portal technologies.";

    /** Condition c), the answer to "If you are not currently using the NHS Number ... when by" {@code [003:653]}. */
    // [003:655]
    static final String NHS_NUMBER_COMMITMENT =
            "The Nottinghamshire health and social care community has established a collaborative programme called Connected Nottinghamshire that will facilitate developments in IM&T and record sharing. The programme has established a shared identifier, and at the recent IT summit event the NHS number was identified as the way to do this. Health systems are already using the NHS number and matching in a timely way. Social care systems are using the NHS number by direct entry and have plans for batch tracing via PDS which are progressing. Governance and technical issues are being worked through and the plan states that completion of this work will be by October 2014. Where systems are limited in their use of NHS number, the use of portal technologies to supplement functionality will be used. The Connected Nottinghamshire Board has oversight of this project, and represents the health and social care providers and Commissioners in Nottinghamshire.";

    /** Condition c), the answer to "Please confirm that you are committed to adopting systems that are based upon Open APIs ..." {@code [003:657]}. */
    // [003:659]
    static final String OPEN_APIS =
            "Systems with open APIs or utilising ITK standards will be introduced, facilitated by the Nottinghamshire-wide Connected Nottinghamshire programme.";

    /** Condition c), the answer to "Please confirm that you are committed to ensuring that the appropriate IG Controls will be in place ..." {@code [003:661]}. */
    // [003:663]
    static final String INFORMATION_GOVERNANCE =
            "Nottinghamshire is working together as a health and social care community to develop and implement system-wide best-practice information policies to support the sharing of patient / client confidential information. The newly formed Nottinghamshire Record Sharing Group, which is GP and Caldicott Guardian led, is implementing the actions from the Caldicott 2 review and subsequent response the Department of Health. This group is bringing together the professional standards and best practice guidance to ensure the appropriate level of information is available to support the delivery of the best possible care.";

    /** Condition d) "Joint assessment and accountable lead professional", the answer to {@code [003:667]}: {@code [003:669-679]}. It gives no proportions. */
    static final String JOINT_ASSESSMENT = String.join("\n",
            // [003:669]
            "There is county-wide agreement to mobilise multi-disciplinary teams incorporating health and social care, mental health and rehabilitation professionals, led by a suitably skilled Community Practitioner and with access to specialist services as required. These provide access to specialist disease knowledge such as respiratory, diabetes or heart failure. This model has already been implemented as part of Mid-Nottinghamshire's Integrated Proactive Care programme.",
            // [003:671]
            "Based on stratifying the risk profile of the population using a Combined Predictive Model tool, these multi-disciplinary integrated care teams systematically conduct regular MDT case review / ward rounds with input from the patient's GP to facilitate joint discharge planning, monitoring and decision making.",
            // [003:673]
            "Accountability is assured within this MDT process, and the model puts the patient at the centre of care decisions and requires GP practices to play an active part in the MDT.",
            // [003:675]
            "All patients are allocated a named care coordinator at MDT meetings who is accountable for ensuring that the care plan and agreed interventions are delivered by the various team members. This person could be any of the MDT members depending on the patient's primary needs.",
            // [003:677]
            "While the GP remains medically accountable for all patients identified in a primary or community care setting, the GP is currently rarely the named care coordinator, as it is not always practicable to oversee multiple and complex interventions from a wide range of people. With the 2014/15 General Medical Services contract changes, this is due to change to meet the requirement that all patients within a certain risk level are assigned a named accountable GP, who ensures they are receiving coordinated care.",
            // [003:679]
            "It is likely that lead accountability for oversight and ownership of the patient's care plan will nearly always sit with the GP, but could be another care professional according to the patient's particular health and social care needs. Medical accountability will remain with the GP, but care coordination and delivery responsibility will be allocated to the individual professional who can most effectively manage the integration of required interventions through the MDT.");
}
