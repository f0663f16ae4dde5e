# national-internship: Chinese sentences of the internship rules (DSL mapping file).
# IMPORTANT: this file may hold ASCII punctuation only (no full-width commas, colons, quotes, brackets),
# otherwise Drools refuses the whole file. The .dslr files may use full-width punctuation.
# Longer sentences come before shorter ones that are part of them (Drools expands the first match).
# Variables: $case case, $t case type, $s student, $post post ($pn its name), $p placement ($start, $end),
# $e enterprise, $a agreement, $n a count of students.

# ---- case type ----
[when]案件为岗位实习或认识实习或勤工俭学=$case : PolicyCase( caseType == CaseType.POST_INTERNSHIP || caseType == CaseType.COGNITIVE_INTERNSHIP || caseType == CaseType.WORK_STUDY, $t : caseType )
[when]案件为岗位实习或认识实习=$case : PolicyCase( caseType == CaseType.POST_INTERNSHIP || caseType == CaseType.COGNITIVE_INTERNSHIP, $t : caseType )
[when]案件为岗位实习=$case : PolicyCase( caseType == CaseType.POST_INTERNSHIP, $t : caseType )
[when]案件为认识实习=$case : PolicyCase( caseType == CaseType.COGNITIVE_INTERNSHIP, $t : caseType )
[when]案件为勤工俭学=$case : PolicyCase( caseType == CaseType.WORK_STUDY, $t : caseType )

# ---- students of a post ----
[when]该岗位上相对独立工作的岗位实习范围内学生=$s : Student( postName == $pn, independentWork == true, $t == CaseType.POST_INTERNSHIP || handsOnProduction == true )
[when]该岗位有相对独立工作的岗位实习范围内学生=exists Student( postName == $pn, independentWork == true, $t == CaseType.POST_INTERNSHIP || handsOnProduction == true )
[when]该岗位有岗位实习范围内的学生=$n : Number( intValue > 0 ) from accumulate( Student( postName == $pn, $t == CaseType.POST_INTERNSHIP || handsOnProduction == true ), count(1) )
[when]该岗位有劳动保护范围内的学生=$n : Number( intValue > 0 ) from accumulate( Student( postName == $pn, $t != CaseType.COGNITIVE_INTERNSHIP || handsOnProduction == true ), count(1) )
[when]该岗位有学生=$n : Number( intValue > 0 ) from accumulate( Student( postName == $pn ), count(1) )

# ---- students ----
[when]存在未报备特殊要求岗位上的岗位实习范围内学生=exists ( Student( $t == CaseType.POST_INTERNSHIP || handsOnProduction == true, $sp : postName ) and not Post( name == $sp, specialRequirementFiled == true ) )
[when]存在岗位实习范围内的学生=exists Student( $t == CaseType.POST_INTERNSHIP || handsOnProduction == true )
[when]有岗位实习范围内的学生=$s : Student( $t == CaseType.POST_INTERNSHIP || handsOnProduction == true )
[when]有劳动保护范围内的学生=$s : Student( $t != CaseType.COGNITIVE_INTERNSHIP || handsOnProduction == true )
[when]有参与实际生产的学生=$s : Student( handsOnProduction == true )
[when]有学生=$s : Student( )
[when]最年轻的学生=$youngest : Comparable() from accumulate( Student( $bd : birthDate != null ), max( $bd ) ) $s : Student( $b : birthDate, birthDate == $youngest )
[when]本案学生人数=$n : Number() from accumulate( Student(), count(1) )
[when]-年级为{年级}=grade != null, grade == {年级}
[when]-年级未填写=grade == null
[when]-性别为女=gender == Gender.FEMALE
[when]-尚未完成在校课程=coursesCompleted == false
[when]-本人未确认签订三方实习协议=agreementSigned != true
[when]-本人未确认签订知情同意书=consentSigned != true
[when]-相对独立参与实际工作=independentWork == true
[when]该学生在实习开始日未满{年龄}周岁=eval( $s.getBirthDate() != null && Calc.underAge($s.getBirthDate(), $start, {年龄}, params.text("intern.ageBoundary")) )
[when]该学生的岗位属未成年工禁忌劳动=$post : Post( $pn : name, name == $s.postName, barredForMinors == true )
[when]该学生的岗位属女职工禁忌劳动=$post : Post( $pn : name, name == $s.postName, barredForFemales == true )
[when]该学生的岗位不在岗位清单中=not Post( name == $s.postName )
[when]该学生的岗位=$post : Post( $pn : name, name == $s.postName )
[when]没有该学生的三方实习协议=not Agreement( kind == AgreementKind.TRIPARTITE_INTERNSHIP, allPartiesSigned == true, parties.size() >= 3, studentNo == null || studentNo == $s.studentNo )
[when]没有该学生的知情同意书=not Agreement( kind == AgreementKind.INFORMED_CONSENT, allPartiesSigned == true, studentNo == null || studentNo == $s.studentNo )

# ---- posts ----
[when]有体力劳动强度为{级别}级及以上的岗位=$post : Post( $pn : name, physicalLabourLevel != null, physicalLabourLevel >= {级别} )
[when]有未报备特殊要求的高危岗位=$post : Post( $pn : name, highRisk == true, specialRequirementFiled != true )
[when]有与所学专业无关的岗位=$post : Post( $pn : name, relatedToSpecialty == false )
[when]有未说明是否与专业对口的岗位=$post : Post( $pn : name, relatedToSpecialty == null )
[when]有已填写同类岗位职工人数的岗位=$post : Post( $pn : name, staffOnPost != null )
[when]有未填写同类岗位职工人数的岗位=$post : Post( $pn : name, staffOnPost == null )
[when]有已报备特殊要求的岗位=$post : Post( $pn : name, specialRequirementFiled == true )
[when]每个岗位=$post : Post( $pn : name )
[when]该岗位实习学生人数超过同类岗位职工的比例上限=eval( Calc.exceedsPercent(postTotal($n.longValue(), $post, params), $post.getStaffOnPost().longValue(), params.decimal("intern.postCapPercent")) )
[when]该岗位的报酬下限可以确定=eval( payFloor($post.getWageStandard(), $e.getLowestWageTier(), params.text("intern.payFloorMode"), params.decimal("intern.payPercent")) != null )
[when]该岗位的报酬下限无法确定=eval( payFloor($post.getWageStandard(), $e.getLowestWageTier(), params.text("intern.payFloorMode"), params.decimal("intern.payPercent")) == null )
[when]月报酬低于该岗位的报酬下限=eval( payFloor($post.getWageStandard(), $e.getLowestWageTier(), params.text("intern.payFloorMode"), params.decimal("intern.payPercent")) != null && $p.getPay().getMonthlyAmount().compareTo(payFloor($post.getWageStandard(), $e.getLowestWageTier(), params.text("intern.payFloorMode"), params.decimal("intern.payPercent"))) < 0 )

# ---- enterprise ----
[when]实习单位属营业性娱乐场所=$e : Enterprise( entertainmentVenue == true )
[when]未对实习单位实地考察评估=$e : Enterprise( fieldSurveyDone != true )
[when]实习单位在岗职工总数已填写=$e : Enterprise( staffTotal != null )
[when]实习单位在岗职工总数未填写=$e : Enterprise( staffTotal == null )
[when]实习学生人数超过在岗职工总数的比例上限=eval( Calc.exceedsPercent(siteTotal($n.longValue(), $e, params), $e.getStaffTotal().longValue(), params.decimal("intern.staffCapPercent")) )
[when]有实习单位=$e : Enterprise( )

# ---- agreements ----
[when]有未以示范文本为基础的三方实习协议=$a : Agreement( kind == AgreementKind.TRIPARTITE_INTERNSHIP, modelTextUsed == false )
[when]有签订日期晚于实习开始日的实习协议或知情同意书=$a : Agreement( kind == AgreementKind.TRIPARTITE_INTERNSHIP || kind == AgreementKind.INFORMED_CONSENT, signedOn != null, signedOn > $start )

# ---- placement ----
[when]勤工俭学工作时间超过上限或安排加班或夜班=$p : Placement( (dailyHours != null && dailyHours > params.decimal("intern.dailyHoursMax")) || (weeklyHours != null && weeklyHours > params.decimal("intern.weeklyHoursMax")) || overtime == true || (shiftStart != null && shiftEnd != null && Calc.overlapsWindow(shiftStart, shiftEnd, params.time("intern.nightStart"), params.time("intern.nightEnd"))) )
[when]实习开始日和结束日均已填写=$p : Placement( $start : startDate != null, $end : endDate != null )
[when]实习开始日已填写=$p : Placement( $start : startDate != null )
[when]-已说明人才培养方案依据=!blank(durationJustification)
[when]-未说明人才培养方案依据=blank(durationJustification)
[when]实习时间超过规定月数=eval( $end.isAfter($start.plusMonths(params.integer("intern.durationMonths")).minusDays(1)) )
[when]实习安排通过中介机构或劳务派遣=$p : Placement( viaAgency == true )
[when]实习单位由学生自行选择=$p : Placement( selfChosen == true )
[when]未投保实习责任保险=$p : Placement( insurance == null || insurance.liabilityInsured != true )
[when]实习责任保险未覆盖实习全过程=$p : Placement( insurance != null, insurance.liabilityInsured == true, insurance.coversWholePeriod == false )
[when]保费由学生承担=$p : Placement( insurance != null, insurance.premiumChargedToStudents == true )
[when]跨省安排实习且未报批=$p : Placement( crossProvince == true, crossProvinceApproved != true )
[when]向学生收取费用=$p : Placement( feesCharged == true )
[when]扣押学生证件=$p : Placement( documentsWithheld == true )
[when]实习报酬约定不完整=$p : Placement( pay == null || pay.monthlyAmount == null || pay.cycleDays == null || pay.form == null )
[when]月报酬为0元=$p : Placement( pay != null, pay.monthlyAmount != null, pay.monthlyAmount == 0 )
[when]月报酬已约定=$p : Placement( pay != null, pay.monthlyAmount != null )
[when]支付周期超过规定天数=$p : Placement( pay != null, pay.cycleDays != null, pay.cycleDays > params.integer("intern.payCycleMaxDays") )
[when]以实物或代金券支付报酬=$p : Placement( pay != null, pay.form == PayForm.GOODS || pay.form == PayForm.VOUCHER )
[when]报酬支付形式为其他=$p : Placement( pay != null, pay.form == PayForm.OTHER )
[when]报酬未直接支付给学生=$p : Placement( pay != null, pay.direct == false || pay.viaThirdParty == true )
[when]每日工作时间超过上限=$p : Placement( dailyHours != null, dailyHours > params.decimal("intern.dailyHoursMax") )
[when]每周工作时间超过上限=$p : Placement( weeklyHours != null, weeklyHours > params.decimal("intern.weeklyHoursMax") )
[when]工作时间未填写=$p : Placement( dailyHours == null || weeklyHours == null )
[when]安排加班=$p : Placement( overtime == true )
[when]法定节假日安排实习=$p : Placement( publicHolidayWork == true )
[when]休息日安排实习=$p : Placement( restDayWork == true )
[when]班次落在夜班时段=$p : Placement( shiftStart != null, shiftEnd != null, Calc.overlapsWindow(shiftStart, shiftEnd, params.time("intern.nightStart"), params.time("intern.nightEnd")) )

# ---- conclusions ----
# {结论}: 不符合 / 需人工复核 / 提示 / 说明. In {说明} write the message; slots in full-width square brackets are filled in.
[then]对该学生及其岗位判定{结论:不符合|需人工复核|提示|说明},代码{代码},依据{条款}:{说明}=report(out, "{结论}", "{代码}", "{条款}", msg("{说明}", $case, $s, params), $s, $post);
[then]对该学生判定{结论:不符合|需人工复核|提示|说明},代码{代码},依据{条款}:{说明}=report(out, "{结论}", "{代码}", "{条款}", msg("{说明}", $case, $s, params), $s, null);
[then]对该岗位判定{结论:不符合|需人工复核|提示|说明},代码{代码},依据{条款}:{说明}=report(out, "{结论}", "{代码}", "{条款}", msg("{说明}", $case, $post, params), $post, null);
[then]对实习安排判定{结论:不符合|需人工复核|提示|说明},代码{代码},依据{条款}:{说明}=report(out, "{结论}", "{代码}", "{条款}", msg("{说明}", $case, $p, params), $p, null);
[then]对实习单位判定{结论:不符合|需人工复核|提示|说明},代码{代码},依据{条款}:{说明}=report(out, "{结论}", "{代码}", "{条款}", msg("{说明}", $case, $e, params), $e, null);
[then]对该协议判定{结论:不符合|需人工复核|提示|说明},代码{代码},依据{条款}:{说明}=report(out, "{结论}", "{代码}", "{条款}", msg("{说明}", $case, $a, params), $a, null);
[then]对该岗位按参数{参数}判定,代码{代码},依据{条款}:{说明}=report(out, params.text("{参数}"), "{代码}", "{条款}", msg("{说明}", $case, $post, params), $post, null);
[then]对实习安排按参数{参数}判定,代码{代码},依据{条款}:{说明}=report(out, params.text("{参数}"), "{代码}", "{条款}", msg("{说明}", $case, $p, params), $p, null);
[then]对实习单位按参数{参数}判定,代码{代码},依据{条款}:{说明}=report(out, params.text("{参数}"), "{代码}", "{条款}", msg("{说明}", $case, $e, params), $e, null);
[then]记录实习天数=out.value("placementDays", Calc.days($start, $end));
[then]记录最年轻学生在实习开始日的周岁数=out.value("youngestAgeYears", Calc.age($b, $start));
[then]记录本校实习学生人数=out.value("internCount", $n.intValue());
[then]记录同期实习学生总数及其占在岗职工总数的比例=out.value("internTotalOnSite", (int) siteTotal($n.longValue(), $e, params)); out.value("internRatio", Calc.percent(BigDecimal.valueOf(siteTotal($n.longValue(), $e, params)), BigDecimal.valueOf($e.getStaffTotal().longValue())));
[then]记录该岗位实习学生占同类岗位职工的比例=out.value("postRatio." + $pn, Calc.percent(BigDecimal.valueOf(postTotal($n.longValue(), $post, params)), BigDecimal.valueOf($post.getStaffOnPost().longValue())));
[then]记录该岗位的报酬下限=out.value("payFloor." + $pn, payFloor($post.getWageStandard(), $e.getLowestWageTier(), params.text("intern.payFloorMode"), params.decimal("intern.payPercent")));
