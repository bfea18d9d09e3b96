package cn.xuanhua.bot.core.intake;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskerTest {

    private final Masker masker = new Masker();

    private String masked(String text) {
        return masker.mask(text).masked();
    }

    @Nested
    class MobileNumbers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "联系电话13812345678      | 联系电话138****5678",
                "电话:138 1234 5678        | 电话:138 **** 5678",
                "138-1234-5678            | 138-****-5678",
                "+86 138 1234 5678        | +86 138 **** 5678",
                "+8613812345678           | +86138****5678",
                "8613812345678            | 86138****5678",
                "0086-13812345678         | 0086-138****5678",
                "手机１３８１２３４５６７８ | 手机１３８****５６７８",
        })
        void hidesTheMiddleFourDigitsWhateverTheSpelling(String text, String expected) {
            assertThat(masked(text)).isEqualTo(expected);
        }

        @Test
        void reportsTheKindMasked() {
            assertThat(masker.mask("有事打13812345678").kinds()).containsExactly(Masker.MOBILE);
        }

        @Test
        void masksTheMobileAndKeepsANumberThatFollowsIt() {
            assertThat(masked("13812345678 5678号")).isEqualTo("138****5678 5678号");
        }
    }

    @Nested
    class Landlines {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "办公室0313-1234567  | 办公室0313-***4567",
                "0313 1234567        | 0313 ***4567",
                "(0313)1234567       | (0313)***4567",
                "（0313）12345678     | （0313）****5678",
                "03137654321         | 0313***4321",
                "010-12345678        | 010-****5678",
        })
        void keepsTheAreaCodeAndTheLastFourDigits(String text, String expected) {
            assertThat(masked(text)).isEqualTo(expected);
            assertThat(masker.mask(text).kinds()).containsExactly(Masker.LANDLINE);
        }
    }

    @Nested
    class IdNumbers {

        @Test
        void masksAnEighteenDigitIdWithCheckCharacterX() {
            MaskResult r = masker.mask("身份证号11010519491231002X,麻烦查一下");
            assertThat(r.masked()).isEqualTo("身份证号110105********002X,麻烦查一下");
            assertThat(r.kinds()).containsExactly(Masker.ID_NUMBER);
        }

        @Test
        void acceptsALowerCaseXAndSpacedGroups() {
            assertThat(masked("11010519491231002x")).isEqualTo("110105********002x");
            assertThat(masked("110105 19491231 002X")).isEqualTo("110105 ******** 002X");
        }

        @Test
        void masksAnEighteenDigitIdWithADigitCheck() {
            assertThat(masked("130705198803151239")).isEqualTo("130705********1239");
        }

        @Test
        void masksAFifteenDigitIdWithAValidBirthDate() {
            assertThat(masked("老身份证130705880315123")).isEqualTo("老身份证130705******123");
        }

        @Test
        void masksAnIdWhoseCheckDigitIsWrongWhenRegionAndBirthDateAreValid() {
            // A mistyped ID number is still a person's ID: 110105194912310021 should end in X.
            MaskResult r = masker.mask("我的身份证110105194912310021");
            assertThat(r.masked()).isEqualTo("我的身份证110105********0021");
            assertThat(r.kinds()).containsExactly(Masker.ID_NUMBER);
            assertThat(masked("13070519880315123X")).isEqualTo("130705********123X");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "110105194913310025",   // month 13
                "110105194902300022",   // 30 February
                "990105194912310021",   // no province has the code 99
                "200105194912310021",   // nor 20: an order number starting with a year
                "130705881315123",      // 15 digits, month 13
        })
        void leavesNumbersThatAreNoValidId(String number) {
            assertThat(masked("编号" + number)).isEqualTo("编号" + number);
        }
    }

    @Nested
    class BankCards {

        @Test
        void masksACardWrittenInGroupsOfFour() {
            assertThat(masked("卡号4111 1111 1111 1111")).isEqualTo("卡号4111 **** **** 1111");
        }

        @Test
        void masksANineteenDigitUnionPayCard() {
            MaskResult r = masker.mask("卡号6222021234567890128");
            assertThat(r.masked()).isEqualTo("卡号6222***********0128");
            assertThat(r.kinds()).containsExactly(Masker.BANK_CARD);
        }

        @Test
        void leavesSixteenDigitsThatFailTheLuhnCheck() {
            assertThat(masked("6222021234567890")).isEqualTo("6222021234567890");
        }
    }

    @Nested
    class OtherNumbers {

        @ParameterizedTest
        @ValueSource(strings = {
                "订单号202311150930127788,还没发货",
                "合同编号HT2023081500012",
                "拖欠货款1200000元",
                "金额1234567.89元",
                "2023-08-15之前完成整改",
                "发票号码 04400231 0011 2233",
                "流水号2023080413812345678999",
                "厂房3x4米的窗户",
        })
        void staysAsWritten(String text) {
            MaskResult r = masker.mask(text);
            assertThat(r.masked()).isEqualTo(text);
            assertThat(r.kinds()).isEmpty();
        }

        @Test
        void returnsTheSameTextWhenThereIsNothingToMask() {
            String text = "路灯坏了三天了";
            assertThat(masker.mask(text).masked()).isSameAs(text);
        }

        @Test
        void treatsNullAndEmptyAsEmpty() {
            assertThat(masker.mask(null).masked()).isEmpty();
            assertThat(masker.mask("").kinds()).isEmpty();
        }
    }

    @Test
    void masksSeveralNumbersAndListsEachKindOnce() {
        MaskResult r = masker.mask("张三13812345678,李四13987654321,座机0313-1234567,身份证11010519491231002X");
        assertThat(r.masked()).isEqualTo("张三138****5678,李四139****4321,座机0313-***4567,身份证110105********002X");
        assertThat(r.kinds()).containsExactly(Masker.MOBILE, Masker.LANDLINE, Masker.ID_NUMBER);
    }
}
