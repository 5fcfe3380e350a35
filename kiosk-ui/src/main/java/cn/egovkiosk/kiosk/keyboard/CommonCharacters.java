package cn.egovkiosk.kiosk.keyboard;

/**
 * The order in which pinyin candidates are offered before the rest of GB 2312: characters residents type into
 * government forms most, written for this project (no copied frequency table): the common surnames first (a form's
 * free text is mostly names), everyday function words, given-name characters, address words, and the words of the
 * kiosk's own forms. Within a syllable, a character listed earlier comes first (王 before 往 for "wang").
 */
final class CommonCharacters {

    static final String IN_ORDER = ""
            // surnames
            + "王李张刘陈杨黄赵吴徐孙朱胡郭何罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭"
            + "陆汪范石廖贾夏韦付邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾郝龚邵钱严覃武戴莫孔汤欧阳上官司马诸葛"
            // everyday words
            + "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后"
            + "小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两"
            + "长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很"
            + "业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太"
            + "水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合"
            + "放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色"
            + "字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红"
            + "治决周保七区单位办证照号码电话手机户口婚姻出生死亡养老医疗失业工伤生育住房公积金社保缴费查询申请登记"
            // given names
            + "伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英华梅兰玉凤云燕萍鹏辉晶晨宇浩然子轩涵欣怡思佳琪婷雪"
            + "俊峰飞斌波宁健志国庆春秋冬文武明亮家豪嘉欣雨萱梓诗语鑫博文瑞泽宏伟建军红霞丹凤海燕小红"
            // places and addresses
            + "省市县区镇乡村街道路巷弄号楼栋幢单元室层座小区花园社居委会组屯镇庄苑府邸广场大厦新城东南西北中"
            + "北京上海天津重庆河北山西辽宁吉林黑龙江苏浙安徽福建厦门泉州漳州福州江西山东河南湖北湖南广东广西海南"
            + "四川贵州云南陕西甘肃青海台湾内蒙古宁夏新疆西藏香港澳门深圳杭州南京武汉成都思明湖里集美海沧同安翔安"
            // the kiosk's forms
            + "姓名性别男女民族汉族出生日期地址邮编联系人电话银行卡账户开户行备注事由原因说明子女父母配偶本人"
            + "学校年级班幼儿园小学初中高中大学专业单位职务职业工作无业退休学生企业个体商户经营范围注册资本";

    private CommonCharacters() {
    }
}
