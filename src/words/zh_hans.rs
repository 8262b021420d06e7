//! Simplified Chinese, as written in mainland China (亿, 万亿).

use super::keyed::{param, preset};
use super::*;

pub(super) const WORDS: Words = Words {
    numbers: Numbers {
        na: "不适用",
        year: "{year}年",
        not_by: "{year}年前未达",
        money_per_year: "每年{money}",
        percent_per_year: "每年{value}%",
        one_year: "1年",
        years: "{n}年",
        in_year: "（{year}年）",
        by_year: "（截至{year}年）",
        sentence_gap: "",
        and: "{a}和{b}",
        below_one: "<1%",
        above_99: ">99%",
        points: "{value}个百分点",
        year_shift: "{value}年",
    },
    params: Params {
        start: param("起始年份", "年份", "模型测算的第一个日历年。", ""),
        years: param("预测期", "年", "预测覆盖的年数。", ""),
        capex: param(
            "AI资本支出",
            "十亿美元/年",
            "首年AI数据中心资本支出，包括芯片、建筑和网络设备。",
            "2025至2026年的行业报道：全行业每年“约5,000亿美元”。",
        ),
        capex_growth: param(
            "资本支出增速",
            "%/年",
            "从首年起，资本支出每年的变化幅度。",
            "假设；Microsoft季度AI资本支出同比增长66%（2026年1月）。",
        ),
        history_growth: param(
            "过往资本支出增速",
            "%/年",
            "首年之前资本支出的年增速，决定已部署资产的规模。",
            "假设，低于2022至2025年的速度（这期间AI资本支出约增至三倍，年均增长约44%）。",
        ),
        life: param(
            "芯片与服务器寿命",
            "年",
            "芯片、服务器和网络设备的使用寿命，即折旧年限。",
            "超大规模云厂商按5至6年计提折旧；批评者认为只有2至3年。",
        ),
        short_share: param(
            "芯片与服务器占比",
            "%",
            "资本支出中投向短寿命资产（芯片、服务器、网络设备）的比例；其余用于建筑、电力和\
             冷却设施。",
            "Microsoft 2026财年第二季度（截至2025年12月）：375亿美元资本支出中，约三分之二\
             用于GPU、CPU等短寿命资产。",
        ),
        building_life: param(
            "建筑与电力寿命",
            "年",
            "建筑、电力和冷却设施的使用寿命，即折旧年限。",
            "超大规模云厂商对建筑的折旧年限为15至40年；假设。",
        ),
        wacc: param(
            "要求回报率",
            "%/年",
            "资本必须达到的回报（门槛收益率）。",
            "沿用JPMorgan按10%回报率测算的口径。",
        ),
        energy: param(
            "能源成本",
            "十亿美元/年",
            "首年已部署资产的能源成本，随资产规模增减。",
            "2025至2026年的行业报道：每年“超过500亿美元”。",
        ),
        opex: param(
            "其他运营成本率",
            "%/年",
            "人员、维护和网络等年度开支，按已部署资产的百分比计。",
            "假设。",
        ),
        revenue: param(
            "AI收入",
            "十亿美元/年",
            "首年来自付费客户的AI收入。",
            "2025至2026年的行业报道：每年“约500亿至600亿美元”。",
        ),
        revenue_growth: param("收入增速", "%/年", "上述收入的年增速。", "假设。"),
        margin: param(
            "毛利率",
            "%",
            "AI公司收入中不花在算力上的比例。",
            "Sequoia的“6,000亿美元之问”假设为50%。",
        ),
        funding: param(
            "投资者融资",
            "十亿美元/年",
            "AI公司每年从投资者处募集的资金。",
            "2025年前三季度AI初创公司融资约1,930亿美元（CB Insights）；全年约2,700亿美元\
             （BestBrokers）。",
        ),
        funding_growth: param("融资增速", "%/年", "上述融资额每年的变化幅度。", "假设。"),
        vendor_share: param(
            "厂商出资占比",
            "%",
            "上述融资中由云和芯片厂商自己投入的比例。",
            "假设（Microsoft与OpenAI、Amazon和Google与Anthropic、Nvidia与OpenAI）。",
        ),
        compute_share: param(
            "算力支出占比",
            "%",
            "AI公司把投资者资金花在算力上的比例。",
            "假设。",
        ),
        captive_share: param(
            "绑定采购占比",
            "%",
            "厂商投资的资金用于算力时，流回该厂商自身的比例。",
            "假设（独家云服务协议）。",
        ),
        capex_ratio: param(
            "资本支出/收入比",
            "%",
            "可持续的资本支出与收入之比，用于Bain口径的交叉验证。",
            "Bain Technology Report 2025：5,000亿美元资本支出需要2万亿美元收入。",
        ),
        shock: param("融资冲击", "%", "要测试的融资收缩幅度。", "假设。"),
        spread: param(
            "不确定程度",
            "%",
            "各不确定区间的宽度，以默认宽度的百分比表示；设为0即关闭区间。",
            "假设：沿用模型表中的宽度（例如资本支出±20%，收入增速±20个百分点）。",
        ),
    },
    groups: Groups {
        buildout: "基建投入",
        costs: "成本",
        revenue: "收入",
        circular: "循环支出",
        checks: "交叉验证",
        uncertainty: "不确定性",
    },
    presets: Presets {
        consensus_2026: preset(
            "2026年市场共识",
            "2025至2026年有关AI基建的报道称，AI数据中心资本支出每年约5,000亿美元，AI收入约\
             550亿美元，能源成本每年超过500亿美元；本情景即默认值。",
        ),
        sequoia_2024: preset(
            "Sequoia，2024年6月",
            "David Cahn，“AI的6,000亿美元之问”（Sequoia Capital，2024年6月）：以GPU年化支出\
             为基数，计入数据中心其他成本后翻一倍，再按50%毛利率翻一倍。",
        ),
        sequoia_2023: preset(
            "Sequoia，2023年9月",
            "David Cahn，“AI的2,000亿美元之问”（Sequoia Capital，2023年9月）。",
        ),
        bain_2030: preset(
            "Bain，2030年",
            "Bain & Company《Technology Report 2025》：到2030年，每年约5,000亿美元的资本支出，\
             按可持续的资本支出/收入比，需要每年约2万亿美元收入；即便算上AI带来的成本节省，\
             全球收入仍将比这一水平少约8,000亿美元（即约1.2万亿美元，也就是本预设的首年收入）。",
        ),
        jpmorgan_2025: preset(
            "JPMorgan，2025年11月",
            "JPMorgan（2025年11月）：截至2030年的AI基建要获得10%的回报，需要每年约6,500亿美元\
             的永续收入。资本支出从2025年的6,500亿美元起步、每年增长20%，2025至2030年累计投资\
             约6.45万亿美元。",
        ),
        short_life: preset(
            "芯片寿命短",
            "超大规模云厂商按5至6年计提折旧，批评者则认为，AI加速芯片在经济上2至3年就会过时。",
        ),
        microsoft_pace: preset(
            "按Microsoft增速至2030年",
            "Microsoft的季度资本支出（大部分用于AI）同比增长约66%（2026年1月财报）。若2026至\
             2030年五年间保持这一增速，全行业资本支出将从每年5,000亿美元增至约3.8万亿美元。",
        ),
        funding_squeeze: preset(
            "融资收缩",
            "压力测试：AI公司获得的投资者资金立即减半至每年1,000亿美元，此后每年再减半。",
        ),
    },
    figures: Figures {
        required_revenue: "所需收入",
        revenue: "实际AI收入",
        gap: "缺口",
        coverage: "收入覆盖率",
        break_even_year: "盈亏平衡年份",
        growth_needed: "追平所需的收入增速",
        organic_share: "客户付费的算力占比",
        round_trip_share: "厂商资金回流占比",
        npv: "净现值（按要求回报率）",
        npv_with_funding: "净现值（计入投资者付费算力）",
        irr: "内部收益率",
        mirr: "修正内部收益率（按要求回报率）",
        payback_year: "回本年份",
        payback_year_with_funding: "回本年份（计入投资者付费算力）",
        terminal_value: "期末资产剩余价值",
        shock_drop: "融资冲击下厂商收入降幅",
        p_break_even: "收入追平的概率",
        p_payback: "AI基建回本的概率",
        p_npv_positive: "达到要求回报率的概率",
    },
    columns: Columns {
        year: "年份",
        capex: "资本支出",
        installed_base: "已部署资产",
        short_lived_base: "芯片与服务器",
        long_lived_base: "建筑与电力",
        fleet_cost: "资产年成本",
        required_revenue: "所需收入",
        revenue: "实际收入",
        gap: "缺口",
        coverage: "覆盖率",
        compute_from_funding: "投资者付费算力",
        round_trip: "回流",
        cash_flow: "现金流",
    },
    csv: CsvColumns {
        year: "年份",
        capex: "资本支出（十亿美元）",
        installed_base: "已部署资产（十亿美元）",
        short_lived_base: "芯片与服务器资产（十亿美元）",
        long_lived_base: "建筑与电力资产（十亿美元）",
        depreciation: "折旧（十亿美元）",
        capital_return: "资本回报（十亿美元）",
        energy: "能源成本（十亿美元）",
        opex: "其他运营成本（十亿美元）",
        fleet_cost: "资产年成本（十亿美元）",
        required_revenue: "所需收入（十亿美元）",
        revenue: "实际收入（十亿美元）",
        gap: "缺口（十亿美元）",
        coverage: "覆盖率（小数）",
        compute_from_customers: "客户付费算力（十亿美元）",
        compute_from_funding: "投资者付费算力（十亿美元）",
        round_trip: "回流（十亿美元）",
        cash_flow: "现金流（十亿美元）",
        cash_flow_with_funding: "计入投资者资金的现金流（十亿美元）",
        scenario: "情景链接",
    },
    charts: ChartWords {
        titles: ChartTexts {
            gap: "所需收入与实际收入",
            costs: "已部署资产的成本，以及谁在为算力买单",
            circular: "算力资金从何而来（首年）",
            cash: "AI基建的累计现金流",
            tornado: "净现值敏感性：各项假设取区间两端时",
        },
        names: ChartTexts {
            gap: "缺口图",
            costs: "成本图",
            circular: "循环支出图",
            cash: "现金流图",
            tornado: "龙卷风图",
        },
        year_axis: "年份",
        per_year_axis: "美元/年",
        cumulative_axis: "累计（美元）",
        npv_axis: "净现值（按要求回报率）",
        required: "所需收入",
        earned: "实际收入",
        gap: "缺口",
        ranges: "50%和90%区间",
        break_even: "{year}年盈亏平衡",
        no_break_even: "{year}年前未盈亏平衡",
        depreciation: "折旧",
        capital_return: "资本回报",
        energy: "能源",
        opex: "其他运营成本",
        paid_by_customers: "客户支付",
        paid_by_investors: "+ 投资者支付",
        round_trip: "回流",
        round_trip_amount: "回流{money}",
        customers_only: "仅计客户资金",
        with_funding: "计入投资者付费算力",
        payback: "{year}年回本",
        no_payback: "{year}年前未回本",
        customers_money: "客户资金",
        investors_money: "投资者资金",
        round_trip_flow: "回流：厂商自有资金流回",
        customers: "客户",
        investors: "投资者",
        vendors: "云和芯片厂商",
        ai_companies: "AI公司",
        not_compute: "非算力支出",
        vendor_revenue: "厂商AI收入",
        fleet_costs: "资产成本{money}",
        a_year: "每年{money}",
        low_end: "假设取低端",
        high_end: "取高端",
        no_ranges: "无区间：“不确定程度”为0",
        tabs: ChartTexts {
            gap: "缺口",
            costs: "成本",
            circular: "资金流",
            cash: "现金流",
            tornado: "敏感度",
        },
        compared: "虚线：{name}",
        readout: "{year}：{items}",
        readout_item: "{label} {value}",
        flow_readout: "{whose}：{from} → {to}，{money}",
        bar_readout: "{input}：取区间低端时净现值{low}，取高端时{high}",
    },
    describe: Describe {
        span: "{low}至{high}",
        tornado_none: "“不确定程度”为0，没有不确定区间，净现值{npv}不随任何假设变化。",
        tornado_top: "净现值为{npv}，受{input}影响最大：该假设取区间两端时，净现值在{span}之间。",
        tornado_item: "{input}（{span}）",
        tornado_then: "其次是{list}。",
        gap_free: "{year}年已部署资产没有成本，AI无需任何收入；实际收入为{earned}。",
        gap_short: "{year}年AI需要{needed}收入，实际收入为{earned}，缺口为{gap}。",
        gap_covered: "{year}年AI需要{needed}收入，实际收入为{earned}，足以覆盖。",
        gap_last: "到{year}年需要{needed}，实际为{earned}。",
        catches_up: "收入在{year}年追平。",
        never_catches_up: "到{year}年收入仍未追平。",
        costs: "{year}年，已部署资产的年成本为{cost}：折旧{depreciation}，资本回报\
                {capital_return}，能源{energy}，其他运营成本{opex}。客户为算力支付{customers}，\
                投资者支付{investors}，其中{round_trip}是厂商自有资金的回流。",
        costs_last: "到{year}年，成本为{cost}，为算力支付的资金为{paid}。",
        circular: "{year}年AI公司从客户获得{customers}，从投资者获得{investors}，从云和芯片\
                   厂商获得{vendors}。",
        circular_spend: "它们把{compute}花在算力上，这就是厂商的AI收入（厂商资产的年成本为\
                         {fleet_cost}）；另有{other}用于其他开支。",
        circular_sources: "这笔算力资金中，{customers}来自客户，{investors}来自其他投资者，\
                           {round_trip}{share}是厂商自有资金的回流。",
        circular_none: "AI公司没有算力支出。",
        cash: "仅计客户资金，到{year}年AI基建的累计现金流为{customers_only}；计入投资者付费的\
               算力则为{with_funding}。",
        pays_back_sooner: "AI基建在{year}年回本；计入投资者付费的算力，则在{funded}年回本。",
        pays_back: "AI基建在{year}年回本。",
        pays_back_funded_only: "仅靠客户资金，到{year}年仍未回本；计入投资者付费的算力，\
                                才在{funded}年回本。",
        never_pays_back: "到{year}年仍未回本。",
    },
    sentence: Sentence {
        free: "按这些假设，已部署资产的运行不产生成本，因此无需任何收入；AI收入为{revenue}。",
        needs: "要让AI基建获得{wacc}的回报，{year}年AI需要{required}的年收入；实际收入为\
                {revenue}，{along}。",
        more_than_enough: "绰绰有余",
        of_the_way: "仅及所需的{coverage}",
        keeps_covering: "直到{year}年，收入都足以覆盖。",
        falls_behind: "但到{year}年，收入将不足以覆盖。",
        catches_up: "按每年{growth}的增速，收入将在{year}年追平。",
        catches_up_then_behind: "按每年{growth}的增速，收入将在{year}年追平，但到{last}年\
                                 又会落后。",
        growth_needed: "要在{year}年前追平，收入每年需增长{growth}。",
        round_trip: "在为AI算力买单的资金中，{share}是厂商自身投资的回流。",
        ticker: "需要{required} · 实际{revenue}",
        ticker_coverage: "需要{required} · 实际{revenue}（{coverage}）",
        irr_no_change: "无内部收益率：现金流始终不变号，没有任何折现率能使净现值为零。",
        irr_outside: "无内部收益率：使净现值为零的折现率超出每年-99%至1,000%的范围。",
        irr_several: "无唯一内部收益率：现金流变号{n}次，净现值可能在多个折现率下为零，也可能\
                      一个都没有，无法用单一折现率代表回报。",
        irr_mirr: "{why}按要求回报率融资和再投资的修正内部收益率（MIRR）为{mirr}。",
    },
    notices: NoticeWords {
        upgraded: "此链接由旧版计算器生成，已按当时的含义读取：除非另行设置，short_share 取\
                   100（全部资本支出计为芯片和服务器）。",
        unknown_preset: "没有名为“{value}”的预设，已改用默认值。",
        repeated: "{key} 出现了不止一次，已采用最后一个值。",
        unknown_key: "已忽略未知设置“{key}”。",
        version: "此链接的格式版本为“{value}”，已按版本{version}读取。",
        not_a_number: "{key} = “{value}”不是数字，已改用{used}。",
        not_finite: "{key} = {value} 不是有限数，已改用{used}。",
        rounded: "{key} = {value} 必须是整数，已改用{used}。",
        clamped: "{key} = {value} 超出{min}至{max}{unit}的范围，已改用{used}。",
        bad_view: "{key} = “{value}”：{what}",
        embed_values: "请用 embed=1 或 embed=0。",
        theme_values: "请用 light、dark 或 auto。",
        lang_values: "请用 en、zh-Hans 或 zh-Hant。",
        unknown_name: "已忽略一个未知名称。",
        unknown_names: "已忽略{n}个未知名称。",
        more: "另有{n}个问题已忽略。",
        typed_not_a_number: "请输入{min}至{max}{unit}之间的数字。",
        typed_clamped: "范围为{min}至{max}{unit}：已改用{used}。",
        typed_rounded: "只能输入整数：已改用{used}。",
    },
    page: Page {
        title: "ROI Gap：AI基建需要多少收入",
        description: "一个可交互的AI基建计算器：数据中心投资需要多少收入、实际赚到多少，其中\
                      又有多少是循环支出。",
        skip: "跳到假设",
        lede: "AI基建要赚多少钱才能收回成本？实际赚了多少？其中又有多少是厂商自有资金的回流？\
               调整假设，所有数字和图表随即更新。",
        language: "语言",
        failure_kept: "当前情景已保存在本页网址中。",
        failure: "计算器出错了（{error}），数字和图表可能不是最新的。",
        reload: "按此情景重新加载",
        reset_reload: "恢复默认值",
        dismiss: "关闭",
        dismiss_label: "关闭这些提示",
        headline_title: "核心数据",
        chances_note: "概率来自2,000次抽样：每个不确定假设在各自区间内随机取值（例如资本支出\
                       ±20%，收入增速±20个百分点）；“不确定程度”可整体放宽或收窄这些区间，设为0\
                       即关闭。",
        charts_title: "图表",
        assumptions: "假设",
        preset: "预设情景",
        custom: "自定义",
        custom_source: "自定义情景：采用你自己的假设。",
        source: "来源：{source}",
        read_it: "阅读原文",
        reset: "重置",
        share: "分享",
        share_label: "分享此情景的链接",
        link_copied: "链接已复制。",
        copy_link: "复制此链接：",
        link_label: "此情景的链接",
        embed: "嵌入",
        embed_label: "将此计算器嵌入文章",
        saved_title: "已保存的情景",
        save_name: "名称",
        save_placeholder: "例如：悲观情景",
        save: "保存",
        saved: "已保存“{name}”。",
        replaced: "已用当前情景替换“{name}”。",
        loaded: "已载入“{name}”。",
        deleted: "已删除“{name}”。",
        load: "载入",
        load_label: "载入{name}",
        delete: "删除",
        delete_label: "删除{name}",
        storage_blocked: "此浏览器不允许在这里保存情景。",
        storage_unreadable: "此浏览器中已保存的情景无法读取，已忽略。",
        save_failed: "无法保存情景：浏览器存储空间已满或被禁用。",
        name_first: "请先给情景起个名字。",
        save_max: "最多只能保存{n}个情景，请先删除一个。",
        download_csv: "下载数据（CSV）",
        save_copy: "保存离线副本",
        local_link: "此页面是本机上的文件，链接只在本机有效。复制链接：",
        download: "下载",
        download_chart: "将{chart}下载为{kind}",
        download_failed: "下载失败：{error}",
        chart_failed: "无法绘制此图表：{error}",
        checks_title: "交叉验证",
        checks_intro: "用四种方法估算AI基建需要多少收入。",
        method: "方法",
        revenue_needed: "所需收入",
        what_it_counts: "计算口径",
        check_model: "本模型：资产年成本",
        check_model_what: "全部已部署资产：按要求回报率计算的资本成本、能源和运营成本，再按AI\
                           公司的毛利率折算为收入。",
        check_sequoia: "Sequoia算法",
        check_sequoia_what_html: "一年的资本支出，按毛利率折算为收入（<a \
                                  href=\"https://www.sequoiacap.com/article/ais-600b-question/\" \
                                  rel=\"noopener\">“AI的6,000亿美元之问”</a>）。",
        check_bain: "Bain比率",
        check_bain_what_html: "一年的资本支出除以可持续的资本支出/收入比（<a \
                               href=\"https://www.bain.com/insights/topics/technology-report/\" \
                               rel=\"noopener\">Bain Technology Report 2025</a>）。",
        check_jpmorgan: "JPMorgan永续法",
        check_jpmorgan_what: "预测期内全部资本支出的要求回报，按年永续计算（JPMorgan，2025年11月：\
                              截至2030年的AI基建要获得10%的回报，每年需要约6,500亿美元收入）。",
        returns_title: "投资回报",
        returns_intro_html: "把AI基建视为一笔投资：每年的现金流等于客户为算力支付的金额，减去资本\
                             支出、能源和运营成本；预测期内购入的资产尚未折旧的价值计入最后一年。\
                             <strong>净现值（NPV）</strong>按要求回报率对这些现金流折现（低于零即\
                             回报不达标）；<strong>内部收益率（IRR）</strong>是这些现金流实际获得\
                             的回报，仅在解唯一（现金流只变号一次）时显示；\
                             <strong>修正内部收益率（MIRR）</strong>按要求回报率为亏损融资、将\
                             收益再投资，只要现金流有正有负，就有唯一值。",
        year_table: "逐年数据表",
        how_title: "模型原理",
        how_html: "所有金额均为每年的美元金额，输入值以十亿美元为单位。资本支出购入两类资产：\
                   <strong>芯片、服务器和网络设备</strong>，使用年限为<em>芯片与服务器寿命</em>；\
                   <strong>建筑、电力和冷却设施</strong>，使用年限为<em>建筑与电力寿命</em>。\
                   每类资产的<strong>已部署资产</strong>，是其使用年限内各年资本支出之和（按成本\
                   计）；首年之前的资本支出按过往资本支出增速推算。<strong>资产年成本</strong>包括\
                   <strong>资本成本</strong>（折旧加要求回报，按各自寿命的资本回收系数计算）、\
                   随芯片规模变化的<strong>能源</strong>成本，以及<strong>其他运营成本</strong>。\
                   面向客户的AI公司要保留自己的毛利，因此为这些资产买单所需的客户收入，等于\
                   资产年成本除以（1 − 毛利率）。",
        formulas:
            "C(t)          = 资本支出 × (1 + 资本支出增速)^t    （过往年份：按过往资本支出增速）
芯片 S(t)     = 芯片占比 × [C(t) + … + C(t−芯片寿命+1)]
建筑 B        = (1 − 芯片占比) × [C(t) + … + C(t−建筑寿命+1)]
crf(L)        = r / (1 − (1 + r)^−L)               r = 要求回报率（r = 0 时取 1/L）
资产年成本    = crf(芯片寿命) × S + crf(建筑寿命) × B + 能源 × S/S(0) + 运营成本 × (S + B)
                （没有芯片即 S(0) = 0 时，能源成本为零）
所需收入      = 资产年成本 / (1 − 毛利率)
缺口          = 所需收入 − 收入；  覆盖率 = 收入 / 所需收入
现金流        = 收入 × (1 − 毛利率) − C(t) − 能源 − 运营成本
NPV           = Σ 现金流(t) / (1 + r)^t，再加上预测期内购入的资本支出
                在最后一年剩余的账面价值
永续法        = r × Σ C(t)                         （JPMorgan的口径）
回流          = 融资额 × 厂商出资占比 × 算力支出占比 × 绑定采购占比",
        circular_html: "<strong>循环支出。</strong>AI公司既用客户的钱、也用投资者的钱购买算力。\
                        如果这笔投资来自某家云或芯片厂商，而AI公司又把钱花在该厂商的算力上，\
                        那么该厂商的“AI收入”其实是自己的钱流了回来，即“回流”。一旦融资收紧，\
                        投资者买单的这部分会立刻消失。",
        sources_caption: "默认值及其来源",
        assumption: "假设",
        default_value: "默认值",
        source_column: "来源",
        full_link: "打开完整的ROI Gap计算器",
        footer: "ROI Gap：一个开放的计算器。模型中的数字来自公开报道的估算和明确标注的假设，\
                 可自行调整。",
        embed_title: "嵌入此计算器",
        embed_local_html: "本页是从这台电脑上的文件打开的，因此代码片段指向该文件。请把\
                           <code>index.html</code>和<code>embed.js</code>放到网页服务器上，\
                           再从服务器打开本页，即可获得可用于文章的代码片段。",
        embed_intro: "把代码片段粘贴到文章中，即可展示当前情景，以及你所选的滑块和图表。",
        embed_sliders: "读者可调节的滑块",
        embed_charts: "图表",
        theme: "主题",
        theme_auto: "跟随读者设置",
        theme_light: "浅色",
        theme_dark: "深色",
        embed_language: "组件语言",
        embed_script: "带自动调整高度的脚本（推荐：不会出现内部滚动条）",
        embed_iframe: "普通 iframe（固定高度）",
        copy: "复制",
        copy_script_label: "复制带自动调整高度脚本的代码片段",
        copy_iframe_label: "复制普通 iframe 代码片段",
        copied: "已复制。",
        copy_select: "已选中：按 Ctrl+C（或 ⌘C）复制。",
        measuring: "正在测量组件高度…",
        close: "关闭",
        widget_title: "ROI Gap：AI基建的经济账",
        credit: "模型与默认值：ROI Gap；数据来源见完整版计算器。",
        export_default: "默认情景",
        export_source: "ROI Gap：模型与默认值，数据来源见完整版计算器 · {link} · {date}",
        scenario_column: "本情景",
        print_scenario: "本页所示情景",
        blocked_here:
            "本文所在页面不允许此组件下载文件或打开新窗口。复制以下链接即可打开完整版计算器：",
        reading: Reading {
            readout_hint: "指向或轻触图表，或聚焦后按方向键，即可读取某一年的数值。",
            readout_hint_flow: "指向或轻触一条资金流，或聚焦图表后按方向键，即可读取其金额。",
            readout_hint_bar: "指向或轻触一根条形，或聚焦图表后按方向键，即可读取其区间。",
            compare: "对比",
            compare_start: "起始情景",
            compare_none: "不对比",
            started: "起始情景",
            delta_context: "相对{name}",
            undo: "撤销",
            redo: "重做",
            chart_tabs: "显示的图表",
            formulas_label: "公式",
        },
    },
    fallback: Fallback {
        heading: "简体中文",
        cannot_run: "此计算器的交互功能无法在当前浏览器中运行",
        reason: "需要浏览器支持 JavaScript 和 WebAssembly",
        shown: "以下是默认情景的数字和图表。",
        saved: "以下是保存此副本时所用情景的数字和图表。",
    },
};
