package org.madoguchi.platform.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.madoguchi.platform.json.JsonFactories;
import org.madoguchi.platform.demo.DemoScenario.Kind;

/**
 * Showcase data for the demo: realistic help desk cases of a municipal sewer pipe
 * ledger and GIS system (kept as data in {@code scenarios.jsonl}: kind, system code, subject,
 * description, answer, interim report, and the article that answers it if one does), together with requester
 * names and departments.
 *
 * <p>All names, places, companies and addresses are fictional. E-mail addresses use
 * reserved example domains only.
 */
public final class DemoScenarios {

    private static final String SCENARIOS = "scenarios.jsonl";

    private static final String STAFF_DOMAIN = "city.example.lg.jp";
    private static final String CONTRACTOR_DOMAIN = "contractor.example.co.jp";

    private static final List<String> REQUESTER_NAMES = List.of(
            "佐藤 健一", "鈴木 美穂", "高橋 誠司", "田中 由紀子", "伊藤 大輔",
            "渡辺 真理", "山本 和宏", "中村 彩", "小林 隆", "加藤 恵美",
            "吉田 拓也", "山田 典子", "佐々木 翔太", "山口 明美", "松本 達也",
            "井上 綾香", "木村 修", "林 千尋", "斎藤 和也", "清水 智子",
            "山崎 悠斗", "森 久美子", "池田 正樹", "橋本 沙織", "阿部 直人",
            "石川 麻衣", "前田 俊介", "藤田 陽子", "岡田 健太郎", "後藤 里美",
            "長谷川 亮介", "村上 香織", "近藤 雅之", "坂本 早苗");

    /** Staff departments first; contractors are always the last {@link #CONTRACTOR_COUNT} entries. */
    private static final List<String> DEPARTMENTS = List.of(
            "上下水道局 下水道維持課",
            "上下水道局 下水道計画課",
            "上下水道局 下水道建設課",
            "上下水道局 管路管理課",
            "上下水道局 経営企画課",
            "上下水道局 総務課 情報システム係",
            "上下水道局 東部水再生センター",
            "建設局 道路維持課",
            "危機管理室 防災課",
            "中央区役所 土木課",
            "東区役所 土木課",
            "西区役所 維持管理課",
            "南区役所 土木課",
            "北区役所 土木課",
            "株式会社ミドリ測地設計 (委託業者)",
            "株式会社かわせみ管渠調査 (委託業者)");

    private static final int CONTRACTOR_COUNT = 2;

    private static final List<DemoScenario> ALL = buildAll();

    private DemoScenarios() {
    }

    /** All scenarios, immutable, in a stable order. */
    public static List<DemoScenario> all() {
        return ALL;
    }

    /** Fictional Japanese full names (family name, space, given name). */
    public static List<String> requesterNames() {
        return REQUESTER_NAMES;
    }

    /** Departments that use the system; the last entries are outside contractors. */
    public static List<String> departments() {
        return DEPARTMENTS;
    }

    /**
     * E-mail address for the requester with the given index. The domain follows the
     * department at {@code departments().get(index % departments().size())}: contractor
     * departments get the contractor domain, everyone else the city staff domain.
     */
    public static String emailFor(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        int department = index % DEPARTMENTS.size();
        boolean contractor = department >= DEPARTMENTS.size() - CONTRACTOR_COUNT;
        return String.format("user%03d@%s", index, contractor ? CONTRACTOR_DOMAIN : STAFF_DOMAIN);
    }

    /** The scenarios, one JSON object per line, in {@code scenarios.jsonl} beside this class. */
    private static List<DemoScenario> buildAll() {
        List<DemoScenario> all = new ArrayList<>();
        try (InputStream in = DemoScenarios.class.getResourceAsStream(SCENARIOS);
             BufferedReader lines = new BufferedReader(new InputStreamReader(
                     Objects.requireNonNull(in, SCENARIOS), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    all.add(scenario(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo scenarios", e);
        }
        return List.copyOf(all);
    }

    private static DemoScenario scenario(String line) {
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(line))) {
            JsonObject json = reader.readObject();
            return new DemoScenario(Kind.valueOf(json.getString("kind")), json.getString("system"),
                    json.getString("subject"), json.getString("description"),
                    json.getString("answer", null), json.getString("interimReport", null),
                    json.getString("article", null));
        }
    }
}
