package dev.bcfkit.testkit.seeds;

/**
 * Three more narrative answers of Nottinghamshire's 2014 plan ({@code [003]}): the aims and
 * objectives, the implications for the acute sector and the governance arrangements, transcribed
 * verbatim from the seed as {@link NottinghamshirePlanNarratives} does: each paragraph is one line
 * of the seed, cited beside it, paragraphs joined with a line feed; a paragraph the rendering
 * broke over two physical lines is re-joined with one space (both lines cited). The Markdown
 * markup of the rendering (bold {@code **...**}, links {@code [document 01](#)}) is dropped,
 * keeping its words.
 */
final class NottinghamshirePlanSections {
    /** "completion of this work will be by October 2014" ({@code [003:655]}): when by the NHS Number will be in place. */
    static final String NHS_NUMBER_IN_PLACE_BY = "October 2014";

    /** Section 2 b "Aims and objectives", the answer to {@code [003:172-176]}: {@code [003:178-218]}. */
    static final String AIMS_AND_OBJECTIVES = String.join("\n",
            // [003:178]
            "Our aim is to create a new and sustainable model of care that will deliver a greater proportion of health and social care services outside acute hospital settings, with care professionals working seamlessly across organisational and professional boundaries. This will create a community of care and support across Nottinghamshire to provide person centred co-ordinated care for older and younger adults by radically changing the way health and social care work together.",
            // [003:180]
            "We are committed to improving outcomes for service users and patients, and improving user experience of health and social care from the Local Authorities and the CCGs working together to shape sustainable health, social care and housing requirements to deliver the national vision of fully integrated health and social care by 2018.",
            // [003:182]
            "Our joint objectives are:",
            // [003:184]
            "- Reduce avoidable admissions (to both hospital and long-term care) and facilitate discharges to reduce all delays as well as DTOCs (Choose to Admit and Transfer to Assess)",
            // [003:185]
            "- Care provided wherever possible in the person's own home (Choose to Admit and Transfer to Assess)",
            // [003:186]
            "- Improved outcomes for people (Support to Thrive)",
            // [003:187]
            "- Maximised use of health and social care resources (Support to Thrive, Choose to Admit and Transfer to Assess)",
            // [003:188]
            "- An integrated strategic commissioning approach to community provision (including appropriate housing solutions)",
            // [003:189]
            "- Helping people to be enabled in living independently with risk, through education and awareness",
            // [003:190]
            "- An integration programme that responds to the wider strategic landscape of the BCF, Integrated Health and Social Care: Our Shared Commitment, the Care Bill, the Local Authority's and County CCGs' wider strategic priorities (especially reducing avoidable admissions and facilitating discharges and reliance on acute care), and the NHS \"A Call to Action\".",
            // [003:192]
            "We will measure these through robust jointly agreed KPIs, which reflect the needs, aspirations, and values of those for whom the services are designed. Our measures of health gain will be devised through a process of integrated partnership to engage with the desired outcome measures of stakeholders. They will specifically relate to:",
            // [003:194]
            "1. Satisfied Patients",
            // [003:196]
            "- Qualitative and quantitative analysis of patient experience",
            // [003:198]
            "2. Motivated and positive staff",
            // [003:200]
            "- Staff questionnaires, training, and development",
            // [003:201]
            "- Proportion of WTE working in services",
            // [003:203]
            "3. Outcomes",
            // [003:205]
            "- Mortality and morbidity rates",
            // [003:206]
            "- Case management of long term conditions",
            // [003:207]
            "- Proportion of people entering long term care",
            // [003:208]
            "- Patients managed in community bed services",
            // [003:209]
            "- EOL plans in place/Preferred place of death",
            // [003:210]
            "- Suitable housing options",
            // [003:212]
            "4. Financial Management",
            // [003:214]
            "- A reduction in acute bed capacity through the increase in community bed/at home places",
            // [003:215]
            "- Information and advice to self-funders",
            // [003:216]
            "- Unplanned admissions",
            // [003:217]
            "- Delayed transfers of care",
            // [003:218]
            "- Readmission rates");

    /** Section 2, "2. Implications for the acute sector", the answer to {@code [003:353]}: {@code [003:355-563]}. */
    static final String ACUTE_SECTOR_IMPACT = String.join("\n",
            // [003:355]
            "Nottinghamshire has the following main acute provider hospitals:",
            // [003:357]
            "- Doncaster and Bassetlaw Hospitals NHS Foundation Trust – DBH; operating from two sites within Bassetlaw",
            // [003:358]
            "- Sherwood Forest Hospitals NHS Foundation Trust - SFH; operating from two sites in Mid-Nottinghamshire",
            // [003:359]
            "- Nottingham University Hospitals NHS Trust – NUH; operating from two sites in Nottingham",
            // [003:360]
            "- Nottingham NHS Treatment Centre (Circle); operating from one site in Nottingham",
            // [003:362]
            "All acute providers are active partners in the development of short, medium and longer term plans and engaged the leadership of the strategic priorities for integration (avoiding health deterioration giving rise to a need for hospital care and supporting people after acute illness). An equal focus is being applied to avoiding crisis (“support to thrive”), providing alternatives to ED attendance (“choose to admit”) and streamlining discharge (“discharge to assess”), taking full account of the personalised needs of each citizen.",
            // [003:364]
            "Analytical work continues to iterate the impacts of the BCF plan on provider Trusts. The plan will mitigate the risks of additional activity in the acute setting and will also seek to redefine acute care provision and allow for more services to be delivered in the community, in care homes and peoples’ homes. A range of services will be provided in the community; including therapy and assessment, 24 hour intensive nursing/therapy assessment, complex sub-acute nursing and therapy managed in the home or low level reablement services.",
            // [003:366]
            "The plan will also reduce reliance on hospital acute care by targeting prevention activities and managing long term conditions in a more integrated and holistic way, including the physical, social, psychological and environmental (focusing on carers and families, as well patients/service users), thereby supporting improved empirical performance in the following areas:",
            // [003:368]
            "- Reduction in A&E attendances",
            // [003:369]
            "- Reduced pressures on ambulance services",
            // [003:370]
            "- Reduction in emergency admissions",
            // [003:371]
            "- Reduction in acute hospital bed days (from reduced admissions and reduced length of stay)",
            // [003:373] + [003:375]
            "The consequence of the planned changes described will be less reliance on secondary care. The current baseline indicates that there are opportunities to change the profile of care across Mid-Nottinghamshire: recent Utilisation Reviews of un-scheduled medical in-patient, in-patient admissions to community settings and the intermediate care utilisation review of bed based and home based services will be used to set achievable targets. A reduction in acute sector beds is anticipated, together with optimisation of intermediate care beds for step/step down and a greater utilisation of home based intermediate care. Early analysis suggests that the quantum of reduction in acute beds could be in excess of 250 across the county. Further detailed analysis is underway at local planning unit level to further validate the potential.",
            // [003:377]
            "Clinicians and care professionals have been fully engaged in the design of the new care system and are committed to making the changes effective. In the unlikely event that the impact of the change is not as great as anticipated, the community services will be further enhanced to bring about the required shift of care from secondary care. A number of pilot schemes are underway that provide an evidence base for future success, and confidence in delivery is enhanced by these results. Further mitigation, should the positive impacts upon acute activity take longer than envisaged, will include a major focus on organisational development and acceleration of the required workforce change. In recognition of the importance of developing the appropriate workforce in a timely manner to deliver citizen-centred integrated services, a system-wide post has been created (covering the East Midlands region). This is a senior role, within Health Education England, funded by commissioners and demonstrates a commitment to reshape the workforce at pace. There are also strong plans within local risk registers to ensure that workforce transformation does not become a material limiting issue to successful integration.",
            // [003:379]
            "The Health and Wellbeing Board have also committed to supporting the health and social care system in re-aligning public expectations to support the shift away from the acute system as default towards home/community based care wherever feasible, focusing on proactive care, and self-management as the preferred option.",
            // [003:381]
            "We have undertaken differential impact analysis on providers in the acute sector and beyond across Nottinghamshire, a summary of which is below.",
            // [003:383]
            "Doncaster and Bassetlaw Hospitals NHS Foundation Trust",
            // [003:385]
            "Bassetlaw CCG has strong relationships with its providers across all sectors. The acute trust, Doncaster and Bassetlaw Hospitals NHS Foundation Trust (DBHFT), has worked closely with Bassetlaw CCG, community providers and Nottinghamshire County Council over the past 3 years through the local strategy group to develop health and social care plans to address avoidable hospital admissions and reduce delayed transfers of care. The strategy group was instrumental in developing plans for the reablement monies in 2010/11, which have formed the starting point for further planning for the BCF and Bassetlaw's five year integration plans. The Strategy group feeds into the Bassetlaw Integrated Care Board (ICB), on which DBHFT has 4 members: 3 executive directors and a clinical director.",
            // [003:387]
            "The Integrated Care Board has focused on working across the health and social care economy on 5 key strategic priorities detailed elsewhere in our BCF plan and attached in document 03. The pathway includes the whole health and social care economy and has been influenced by engagement with providers, patient and service user feedback, and an independent report from the Emergency Care Intensive Support Team. As a key partner, DBHFT are leading on the Post Acute Care strategic priority within the plan.",
            // [003:389]
            "A number of key principles were agreed with all partners on the behaviours expected when developing the work plans for each element, including:",
            // [003:391]
            "- Working with partners to develop a shared vision and case for change",
            // [003:392]
            "- Develop an impact assessment, analysing the impacts of change in acute and out of hospital services and the providers of those services",
            // [003:393]
            "- Shift care into closer-to-home / better value care settings where appropriate",
            // [003:395]
            "- Optimise the use of fixed costs such as estates with locally required activity – including acute, community, private and non-healthcare",
            // [003:396]
            "- Provide single points of access for patient, and integrated provision of services (which may require single management control)",
            // [003:397]
            "- Using all of this to enable the system to cope with growing demand within expected resource constraints",
            // [003:398]
            "- To design interventions that once implemented will make a significant contribution towards the NHS and Adult Social Care Outcomes Frameworks",
            // [003:400]
            "The ICB members have held a confirm and challenge session on all 5 work group plans to ensure they are robust and will meet the challenges presented by the BCF. A joint approach by health providers and the CCG using a range of agreed assumptions is modelling the impact of service change interventions on acute activity using a range of currencies, including length of stay, numbers of admissions, and bed days/numbers. Through the joint ICB arrangements plans, very clear sight will be maintained of actual activity shifts and consequent financial implications to commissioners and providers. This information will be visible to all parties.",
            // [003:402]
            "The ICB will be overseeing progress of the BCF plan locally, and will continue to monitor performance against key metrics and refresh the system-wide modelling of the impact that the BCF to ensure that we are on target. The priorities within the plan have been used to shape in-year contract discussions and commissioner QIPP/provider CIP plans.",
            // [003:404]
            "Because of the geographical nature of the Trust, DBHFT works with 2 CCGs and 2 local authorities, consequently spanning two Health and Wellbeing Board areas. The process for agreeing plans for the BCF has been mirrored by both CCGs and the Trust has been an active member of both Boards. The Trust has good integrated models of care currently and has made great advances in working together with local authorities to benefit patients.",
            // [003:406]
            "The DBHFT annual plan for the next 2 years has also been shared widely with both CCGs (Doncaster and Bassetlaw) in order to triangulate Trust assumptions on possible reductions in emergency activity with the CCGs. The DBHFT bed plan makes agreed assumptions on potential reductions in length of stay due to 7 day services and improved information sharing and discharge processes, including transfer to assess.",
            // [003:408]
            "Sherwood Forest NHS Foundation Trust",
            // [003:410]
            "In 2013, the 5 organisations involved in the delivery of health and social care in Mid-Nottinghamshire (Newark and Sherwood Commissioning Group, Mansfield and Ashfield Clinical Commissioning Group, Nottinghamshire Healthcare NHS Trust, Sherwood Forest NHS Foundation Trust and Nottinghamshire County Council) agreed to work together to design a blueprint for the future delivery of services that would meet the needs of the population both now and in the future, and do so whilst operating under the financial constraints that exist.",
            // [003:412]
            "The programme of work which resulted involves three phases of work, and has been extended to involve East Midlands Ambulance Service and Nottingham University Hospitals NHS Trust:",
            // [003:414]
            "- “Blueprint” design",
            // [003:415]
            "- Detailed planning",
            // [003:416]
            "- Implementation",
            // [003:418]
            "In order to ensure appropriate buy-in at the Blueprint design phase work focused on 4 main areas:",
            // [003:420]
            "- Establishing a vision and objectives, mobilising the resources",
            // [003:421]
            "- The current model of care: agreeing a baseline for how the health and social care economy currently operates",
            // [003:422]
            "- The future model of care: engaging clinicians, health and social care professionals and patients in four Care Design Groups to design options for redesign, followed by modelling to understand the financial and activity impact of the proposed changes",
            // [003:423]
            "- The creation of a roadmap to deliver the changes put forward",
            // [003:425]
            "The Current Model of Care",
            // [003:427]
            "Through engagement with key stakeholders, data analysis, and document review, a baseline for the current health and social care economy was established. This highlighted a significant overall financial challenge.",
            // [003:429]
            "In January 2013, the total cost of the physical health and social care economy was £398m. For FY12/13, it was forecast that the financial deficit of the health and social care economy will be £19m. If services were to continue as they currently are and taking into account funding levels, population growth, and inflation, this financial gap could increase to at least £70m and possibly be more than £100m by 2018.",
            // [003:431]
            "At the outset, it was key that the organisations involved identified a series of overarching objectives of design phase of the programme. These included working with partners to develop a shared vision and case for change, and developing an impact assessment to analyse the impacts of change in acute and out of hospital services and the providers of those services.",
            // [003:433]
            "Design Principles",
            // [003:435]
            "Prior to undertaking any design work, it was key that a set of overarching design principles were put in place that would guide the development of any design options and ultimately the blueprint. The design principles were put together by the system leadership Board (comprised of primary and secondary care clinicians and senior executives and social care leaders), and then validated by the care design groups. The principles are identified below:",
            // [003:437]
            "- Prevent illness or crises where possible – and transfer resources (people, physical assets and finance) from reactive services to support this",
            // [003:438]
            "- Shift care into closer-to-home/better value care settings where appropriate",
            // [003:439]
            "- Only provide services where there is the critical mass/volumes for the services to be delivering high outcomes and be economical; but also repatriate activity from out of area/private provision where this delivers better outcomes",
            // [003:440]
            "- Optimise the use of fixed costs such as estates with locally required activity – including acute, community, private and non-healthcare",
            // [003:441]
            "- Provide single points of access for patient, and integrated provision of services (which may require single management control)",
            // [003:442]
            "- Using all of this to enable the system to cope with growing demand within expected resource constraints",
            // [003:443]
            "- To design interventions that once implemented will make a significant contribution towards the NHS Outcomes Framework",
            // [003:445]
            "Working in conjunction with the Blueprint workstream, a significant data analytics workstream was tasked with the gathering and modelling of quantitative data to produce analytics on current services in Mid-Notts. This workstream also took responsibility for modelling the impact of the proposed design options coming out of the care design groups.",
            // [003:447]
            "The approach taken was to provide an indication of the expected impact of our interventions on the financial challenges facing the health and social care economy by constructing a series of tactical models and calculations based on the best available data from a range of publicly available sources and information provided to us by the participating parties.",
            // [003:449]
            "While findings will need to be revisited and tested in detail throughout implementation, the results provide a clear and robust indication of the benefits and costs associated with the blueprint proposals.",
            // [003:451]
            "Using a range of agreed assumptions, the impacts of service change interventions on acute activity have been modelled using a range of currencies, including length of stay, numbers of admissions, and bed days/numbers. The detail arising from this modelling has been fed in to the CCGs' 5 year strategy, but also used to shape in-year contract discussions and commissioner QIPP/provider CIP plans.",
            // [003:453]
            "As the programme now moves from design in to implementation, local governance arrangements are being reconstructed so as to ensure absolute triangulation of BCF investment proposals, local commissioning QIPP schemes, joint transformational initiatives, and provider CIP plans. It is expected that joint programme management office (PMO) arrangements will be established across the health economy and that providers and commissioners will use common information and analytical models to create a single evidence base to monitor the impact of changes.",
            // [003:455]
            "As the Blueprint design outcomes and supporting analytics form the CCGs' 2 to 5 year strategy, they also shape BCF schemes and QIPP/CIP plans, meaning that there is no scope for duplication/double counting.",
            // [003:457]
            "The overall programme has been predicated upon a \"total activity and cost of provision model\", and an analysis of impact on each provider produced based on current PbR arrangements and income and expenditure plans. Through the joint PMO arrangements planned, very clear sight will be maintained of actual activity shifts and consequent financial implications to commissioners and providers. This information will be visible to all parties.",
            // [003:459]
            "It is however acknowledged by all parties in the Transformation Partnership that to be effective in the context of a \"shift left\" model, with activity and consequent funding moving from the acute sector to more appropriate home and community settings, successful interventions in primary care, community care, and self care will be paramount to manage demand and improve the management of patients with complex and multiple long conditions. The way in which the analytical models underpinning plans have been designed means that there is a visible causal link between investment in services and improved outcomes. It will be critical to ensure that these are continuously reviewed and plans iterated accordingly should the proposed beneficial impacts not materialise.",
            // [003:461] + [003:463]
            "It is also worth noting that a particular condition exists in Mid-Nottinghamshire that requires more sophisticated approaches to be considered in separating the burden of fixed overheads from service provision i.e. the acute PFI hospital incurs a significant fixed charge for a further 30 years, that will not diminish if demand for traditional (and often inappropriate) acute care patterns is reduced. Sherwood Forest Hospitals NHS FT and the commissioners recognise that this will need very careful management and impact assessment as estates cannot be decommissioned in a way that directly correlates with reduction in acute activity, and to do so may well penalise provider financial viability and disincentivise providers to exhibit system behaviours. Commissioners and providers will therefore continue to work together to best match the more integrated models of care essential to ensure system sustainability and meet population health need, but also best deploy fixed assets.",
            // [003:465]
            "Nottinghamshire University Hospitals NHS Trust",
            // [003:467]
            "There is recognition and support of the importance of developing integrated service models that better meet community needs, and which therefore mitigate demand for acute care. Joint provider/commissioner work is developing a service improvement plan, which will outline actions for implementation during 2014/15 to implement the clinical standards set out in the NHS Services, Seven Days a Week Forum.",
            // [003:469]
            "Whole system transformation work to date has seen NUH as a significant contributor to shaping discussions and delivery, for example as a partner in the Greater Nottingham Frail Older People Programme and the Urgent Care Working Group and its subgroups. This included participation in the system-wide analysis of the reasons for delays to transfer of care out of NUH and the approach to assessing the amount and type of alternative community services that are needed to reduce pressure on the acute beds. NUH will be part of ongoing discussions about future capacity needs through the Local System Resilience subgroup of the Urgent Care Working Group.",
            // [003:471]
            "To deliver the BCF plan, the Trust will continue to actively engage with other health and social care providers. NUH is a key member of the new South Nottinghamshire Transformation Board, which is a NHS Commissioner, NHS provider and Local Authority Board established to oversee the development of the five year strategy and Transformational Plan for South Nottinghamshire, and straddles two Health and Wellbeing Board areas. This Board will support the implementation of BCF interventions across the three South CCGs as well as Nottingham City CCG, which is part of the South Nottinghamshire Unit of Planning but falls in a separate HWB area.",
            // [003:473]
            "Recognising the need for ambition, service change at real scale, and pace of delivery, senior clinical staff time has been committed to this process through their participation in recent local health economy planning events to develop system-wide clinical models for the next five years.",
            // [003:475]
            "As part of the analysis supporting the development of the South Nottinghamshire Transformation five year strategy, a process is underway to triangulate Commissioner QIPP and NUH CIP plans against BCF schemes so that benefits align and provides assurance that are not double-counted. There will be an impact on NUH from both the Nottinghamshire County BCF, Nottingham City BCF, and Derbyshire County BCF plans and this analysis will apply a consistent approach across both BCF areas. Baseline activity levels have already been agreed between the CCG Consortium and NUH following a number of planning sessions. Two subsequent Confirm & Challenge sessions were held between NUH Directorates and CCGs to confirm the underlying demand projections and the deliverability of this demand within the available capacity.",
            // [003:477]
            "The identification of QIPP schemes has been based the use of benchmarking information, national available in other health communities and an inherent knowledge of existing pathways as well as an understanding of the health needs of the local populations. The current QIPP schemes address the need to reduce avoidable hospital emergency admissions, prevent inappropriate attendances to A&E, reduce unnecessary elective referrals and improve the outcome and experience for patients through the reduction in lengths of stay etc. A number of these QIPP schemes will contribute towards the successful achievement of the BCF ambitions. This process has enabled commissioners to mitigate the risk of any double counting between QIPP and BCF schemes.",
            // [003:479]
            "The NUH Contract is in the final stages of negotiation and the impact of the Emergency Rate Threshold has been a key item of discussion. Modelling undertaken to identify the impact of QIPP schemes has included the associated financial impact of the Emergency Rate Threshold.",
            // [003:481]
            "Monitoring will be focused around demonstrating the impact and effectiveness of schemes. The analysis will be tailored to each scheme to quantify the impact against agreed milestones. Around emergency admissions, the use of forecasting techniques, statistical significance and segmentation by diagnosis will be essential to demonstrate achievement of the metric. Delayed Transfers of Care analysis will focus on nationally available data, local benchmarking and trend analysis. Schemes that impact on other activity types will be monitored using a range of nationally and locally available data.",
            // [003:483]
            "Workforce will also play their part alongside partners in delivering the required change, building upon the various pathways where they already support the delivery of community based care. Work is already underway with local partners to ensure effective commissioning and development of the wider health and social care workforce. There is also recognition that the timely supply of this workforce is a key risk for all providers.",
            // [003:485]
            "The scale of the transformational and financial challenge that the BCF process presents to the Trust is accepted along with the part it must play in delivering changes to its own services and ways of working, including reducing the size of the acute footprint.",
            // [003:487]
            "Nottinghamshire Healthcare Trust",
            // [003:489]
            "To deliver the BCF plan, Nottinghamshire Healthcare Trust (NHT) will continue to develop alliances and partnership working with other providers to reduce fragmentation, better manage the interface between providers and facilitate the provision of shared care that is wrapped around the person.",
            // [003:491]
            "The BCF plan offers significant opportunities for growth and development in community services to build capacity, capability and new service offers. This will come with significant challenges requiring a high level of change management, organisational, system, and workforce development as NHT radically change ways of working, redesign and reconfigure existing services, develop new service offers, and create a workforce that looks and behaves very differently in an environment of blurred boundaries. This will require capacity and skill in managing change, project management, and service redesign.",
            // [003:493] + [003:495]
            "For the Trust's mental health services, the focus will continue to be on ensuring that they meet the needs of people who present in crisis and build capacity and capability to care for people safely in their own homes and reduce the need for people to attend either ED or be admitted to an inpatient facility. The Trust will work with all acute providers in continuing to develop the Rapid Response Liaison Service to ensure that people who do present in ED are appropriately assessed and treated in a timely manner and also to support and facilitate discharge as appropriate.",
            // [003:497]
            "Workforce changes probably forms the most significant challenge to the successful delivery of this plan. For example:",
            // [003:499]
            "- Recruitment, i.e. availability of suitably skilled staff",
            // [003:500]
            "- Building new integrated teams and multi-agency working (primary, community, mental health teams)",
            // [003:501]
            "- Changes to terms and conditions of employment to facilitate 7 day services",
            // [003:502]
            "- Developing new roles, e.g. primary care facing mental health practitioner",
            // [003:503]
            "- Developing increased clinical skills to practice level",
            // [003:504]
            "- Changing a task focused culture to promote choice, personalisation, self-care, recovery, reablement, and wellbeing",
            // [003:506]
            "Circle (Independent Sector Treatment Centre Provider)",
            // [003:508]
            "Circle acknowledge the huge opportunity the BCF plan provides in improving service integration across the health and social care community, and are committed to work with all organisations to transform the existing models of care and deliver more efficient patient pathways. As a purely elective provider, Circle has a different part to play in delivering this plan, and have considered the potential implications of whole system transformational change.",
            // [003:510]
            "Success will only be possible by fundamentally changing the way services are delivered, where they are delivered, and by whom. This will require significant change to the workforce including the need for new roles, the development of different skills within the existing workforce, changes to terms and conditions (particularly based on the aspirations for 7 day services), and the development of a culture which supports staff better work across organisational boundaries. Delivering a transformation programme of this size will also require project management expertise, communication expertise, and robust stakeholder management, particularly regarding consultation.",
            // [003:512]
            "Adult Social Care (Nottinghamshire County Council)",
            // [003:514]
            "The County Council commissions a range of community based care and support services from independent sector providers to support people to live independently in their own homes. The Council has contracts with over 400 care and support providers for a range of services including domiciliary care, supported living for people with learning disabilities, physical disabilities and/or mental health needs, and community equipment services including minor adaptations. Many of these services are commissioned jointly with the CCGs.",
            // [003:516]
            "One of the primary objectives is to ensure that people have access to services which prevent avoidable admissions to hospital and divert people away from, or delay the need for, long term care in residential or nursing homes. There is a strong emphasis on reablement and rehabilitation so that people are supported to regain and retain their independence and maintain self-care wherever possible.",
            // [003:518]
            "From a provider perspective, implications of the BCF plan include:",
            // [003:520]
            "- Ensuring there is sufficient capacity amongst providers now and in the future to meet increasing demand for community based services",
            // [003:521]
            "- Ensuring the social care workforce has access to and is supported to undertake the relevant training and have the right skills which help people to regain and retain their independence and to manage self-care",
            // [003:522]
            "- Ensuring the workforce has the experience and expertise in caring for people in their own homes when they may have a range of complex health care needs and/or are at end of life",
            // [003:523]
            "- Ensuring care staff are able to deliver personalised care to meet people's outcomes – this will be a greater challenge with the roll out of personal health care budgets",
            // [003:524]
            "- A focus on 'commissioning for outcomes', which will mean cultural changes across providers",
            // [003:526]
            "Providers will need to be given the opportunity, and the responsibility, to develop and agree the individual support plan together with the patient/service user and their family members so that they can find flexible, innovative and cost effective ways of delivering the required care and support services.",
            // [003:528]
            "Primary Care",
            // [003:530]
            "To deliver the BCF plan, GPs as providers will need to be aware of the change in service provision of all other providers. The BCF plans will depend considerably on GPs' in hours and CCG commissioned Out of Hours providers knowing the changing landscape and making most appropriate use of it.",
            // [003:532]
            "General Practice is reflecting and restructuring as a provider system to a more integrated possibly federated provider model. This will put primary care in a better position to support a 7 day service. Different delivery models will be explored through development of a Primary Care Strategy. The strategy is due to be completed by June 2014.",
            // [003:534]
            "There are serious workforce issues in General Practice across the county, with a high percentage of the skilled workforce ready to retire in the next 5 years. There will need to be a strategic approach both at a local and national level to encourage recruitment. An increasing number of GPs have portfolio careers which can both reduce availability and reduce flexibility but sometimes provide valuable skills to support the service transitions required.",
            // [003:536]
            "The value and relevance of 'Skill Mix' deployment in primary care will assume greater importance. Skilled support from community staff including nursing and therapists, from pharmacy as well as dentists and optometrists will all facilitate delivery of the BCF plan and 7 day services. The Community Services provider is working collaboratively to address the required transition and transformation required to help facilitate the delivery of 7 day services in primary care, and as such a final action plan will be agreed and varied into their contract by the end of April 2014.",
            // [003:538]
            "The possible alteration of 'Acute Demand Management' in General Practice will create a workforce change and potentially free GPs to proactively manage vulnerable people and those with long-term conditions to a higher level of specification and thus hopefully reduce acute care requirements and the hospital footprint. This is essential to the BCF.",
            // [003:540]
            "Changes to the General Medical Services (GMS) contract from April 2014 will also support more proactive integrated and personalised care through:",
            // [003:542]
            "- Ensuring that all people aged 75 and over have a named, accountable GP who is responsible for overseeing their care",
            // [003:543]
            "- Introducing more systematic arrangements for risk profiling and proactive care management, under the supervision of a named GP, for patients with the most complex health and care needs",
            // [003:544]
            "- Giving GP practices more specific responsibilities for helping monitor the quality of out-of-hours services for their patients and supporting more integrated working with out-of-hours services",
            // [003:546]
            "The Out of Hours providers have a strong history of local service provision and awareness of local systems. This will enable an IT co-ordinated platform to support and facilitate 7 day services, multi-location access to key patient records will lead to improved care and safety. Innovative new ways of working will also deliver extended primary care access for both booked urgent and planned care – 8am-8pm Monday to Friday, and 8am-6pm Saturday and Sunday. Primary care services will be:",
            // [003:548]
            "- Designed in sufficient capacity to meet local need",
            // [003:549]
            "- Delivered by local clinicians – not locums",
            // [003:550]
            "- Supported by clinical protocols created to define new ways of working and how practices will work together",
            // [003:551]
            "- Backed by solid joint working and the coming together of a new team to deliver the project against very challenging time frames",
            // [003:553]
            "The BCF plan aims to ensure systematic implementation of primary and secondary prevention and chronic disease management in primary care through benchmarking and targeted incentive schemes. A key focus will be integrating physical, social, and mental health in a wraparound citizen-oriented model.",
            // [003:555]
            "Care Homes and Homecare",
            // [003:557]
            "The intended impact of our plans is that more people are supported to live independently and safely in the community for as long as possible. This may negatively impact on the number and duration of care home beds commissioned for long-term care across the nursing and residential sector. We envisage that there will be an increased demand for care homes that can support service users with higher levels of need, such as nursing and dementia needs, and for short-term services focussed on enabling service users to return home. Conversely, we expect that there will be an increase in demand and in the complexity of cases for domiciliary care providers.",
            // [003:559]
            "As such, we have already been engaging with providers and wider stakeholders to discuss the strategic commissioning intentions through engagement events and contract negotiations. These discussions have also involved their role in avoiding unnecessary admissions to hospital, facilitating timely discharge and the sharing of pertinent information with health and social care professionals. The Local Authority is working with providers and colleagues from CCGs and the CQC to drive quality standards in care homes and for homecare providers.",
            // [003:561] + [003:563]
            "For example, a strategic review was completed for care homes to guide commissioning intentions, and a Dementia Quality Mark has been developed for care homes to provide a high standard of care to people with dementia, which has been awarded to 32 providers across the county. The Local Authority is also sponsoring and financially supporting a number of workforce development initiatives across the independent care home and domiciliary care sectors. This will develop capacity to enable appropriate support for people to remain at home wherever possible.");

    /** Section 2, "3. Governance", the answer to {@code [003:567]}: {@code [003:569-588]}. */
    static final String GOVERNANCE = String.join("\n",
            // [003:570]
            "A county-wide BCF Working Group has been mobilised to oversee the development and delivery of a county-wide Nottinghamshire plan for pooled budget(s) under the terms of the BCF. The Working Group is co-chaired by the Chief Executive of Nottinghamshire County Council and a CCG Clinical Chair, and includes members from each District Council and CCG, along with social care representation.",
            // [003:572]
            "The Working Group coordinates to identify and commission required resources to deliver the plan and agree necessary milestones and timescales. As well as ensuring that the plan conforms to the national conditions and is consistent in meeting required performance targets, the steering group will maintain oversight on the delivery of the plan, including financial governance and flexibility to instigate a review to ensure that the intended benefits are realised.",
            // [003:574]
            "The BCF Working Group will report directly to the Health and Wellbeing Board. Reports will be shared between the Working Group and the Health & Wellbeing Implementation Group to ensure communication and coordination of work to promote integration across health and social care.",
            // [003:576]
            "This is supported at locality level by the Integrated Care Board in the North, the Transformation Board in Mid-Nottinghamshire, and the BCF Planning Group in South Nottinghamshire, who all oversee local implementation of integrated care plans.",
            // [003:578]
            "Our county-wide BCF governance structure is shown below:",
            // [003:582]
            "As an overarching principle, accountability for performance, mitigation of risks and any remedial action will be managed wherever possible at unit of planning level and will be monitored and overseen through the BCF governance process outlined. A partnership agreement will be drawn up to formalise the BCF management arrangements.",
            // [003:584]
            "- Hosting arrangements: The County Council will be the host. Prior to the financial year funds will transfer into the pool.",
            // [003:585]
            "- Commissioning and contracting: Responsibility for commissioning a service will remain with the accountable body. Providers will be paid from the pool and must invoice the pool for the related services. Monies within the fund are set out in the approved submission. These must be spent on the schemes documented. If resources are diverted elsewhere, this must be agreed by all parties in the unit of planning.",
            // [003:586]
            "- Overspends: Where an area of spend is over budget, this must be identified early and remedial action should be agreed between the provider and commissioner, and then reported to the Monitoring Group. Responsibility for the overspend is the commissioner's. If the commissioner feels that another party should carry some of the financial burden, then this must be discussed. However, no responsibility will be carried across the unit of planning boundaries.",
            // [003:587]
            "- Underspends: Funds may be unspent in one year. In these circumstances, the unspent balance will be ring fenced to fund a related service (for example to support backfilling another service before the new integrated teams are fully operational) or carried forward into the following year. If funds are diverted to a service outside the descriptor then this must be agreed by all parties within the unit of planning.",
            // [003:588]
            "- Contingency funds: The contingency fund will be held with the risk pool / contingency funds of each body. The contingency fund will operate on a unit of planning basis and monies will be ring fenced accordingly. Any draw on additional monies due to lower performance will be from the unit of planning contingency fund nominally allocated. The use of any contingency will be at the discretion of the planning unit. However, if the remedial action plan is failing to deliver, through the BCF governance process, the planning unit may have to consider further mitigations which will have an impact on contingency funds.");

    private NottinghamshirePlanSections() {
    }
}
