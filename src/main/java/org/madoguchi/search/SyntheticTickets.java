package org.madoguchi.search;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A deterministic stream of made-up Japanese tickets of a sewer-system desk, for benchmarks at sizes no real
 * history has yet: the same seed gives the same tickets, so runs compare.
 */
public final class SyntheticTickets {

    private static final List<String> OBJECTS = List.of("管渠", "人孔", "マンホール", "公共ます", "取付管", "ポンプ場",
            "下水道台帳", "GIS地図", "背景地図", "航空写真", "帳票", "台帳調書", "集計表", "タブレット", "同期", "写真",
            "アカウント", "パスワード", "検索画面", "印刷", "PDF出力", "CSV出力", "図郭", "縦断図", "点検記録", "TVカメラ調査");
    private static final List<String> PROBLEMS = List.of("が表示されない", "が印刷できない", "でエラーになる",
            "が同期できない", "が遅い", "が検索できない", "にログインできない", "の更新方法を知りたい", "が消えた",
            "の縮尺がおかしい", "が文字化けする", "を追加したい", "の権限を変更したい", "が古いまま");
    private static final List<String> CONTEXTS = List.of("昨日から", "今朝から", "システム更新後に", "庁外から",
            "タブレットで", "Edgeで", "Chromeで", "月末の集計で", "新任職員が", "委託業者が", "現場で", "会議の前に");
    private static final List<String> PLACES = List.of("北区", "南区", "東区", "西区", "中央区", "第一処理区",
            "第二処理区", "駅前通り", "川沿いの路線", "新興住宅地");
    private static final List<String> ANSWERS = List.of("ブラウザのキャッシュを削除して再度お試しください。",
            "設定画面から表示レイヤを選び直すと解消します。", "権限の変更は様式第3号で申請してください。",
            "サーバ側の不具合を修正しました。再度操作してください。", "用紙サイズをA3に変更して出力してください。",
            "同期ボタンを長押しして全件同期を実行してください。", "台帳更新は月末締めで翌月5日に反映されます。");

    private final long seed;

    public SyntheticTickets(long seed) {
        this.seed = seed;
    }

    /** Ticket number {@code i} of the stream, always the same for the same seed. */
    public TriageDocument ticket(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        String object = pick(r, OBJECTS);
        String problem = pick(r, PROBLEMS);
        String title = object + problem;
        String code = "E-" + (1000 + r.nextInt(900));
        String body = pick(r, CONTEXTS) + pick(r, PLACES) + "の" + object + problem + "。画面に" + code
                + "と表示されます。" + pick(r, CONTEXTS) + "も同じ状態でした。至急確認をお願いします。";
        return new TriageDocument("T" + i, TriageDocument.TICKET, title, body, pick(r, ANSWERS), List.of(),
                Instant.ofEpochSecond(1_700_000_000L + i * 30L));
    }

    /** An inquiry about ticket {@code i}, worded differently, as a new inquiry about the same issue would be. */
    public String inquiryAbout(int i) {
        Random r = new Random(seed * 7_919L + i);
        TriageDocument t = ticket(i);
        return pick(r, CONTEXTS) + t.title() + "。どうすればよいですか。";
    }

    private static String pick(Random r, List<String> options) {
        return options.get(r.nextInt(options.size()));
    }
}
