import {z} from "zod";
import {describe, expect, test} from "vitest";
import {cells} from "../../src/lib/schema.js";
import {DataError, parseTable, splitRows} from "../../src/lib/csv.js";

const schema = z.object({
  id: cells.id(),
  released: cells.date(),
  price: cells.optionalNumber({min: 0}),
  open: cells.yesNo()
});

function problems(text: string, key: string | null = "id"): string[] {
  try {
    parseTable("data/t.csv", text, schema, {key});
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  throw new Error("expected the table to be rejected");
}

describe("parseTable", () => {
  test("parses good rows into typed values, empty optional cells as null", () => {
    const rows = parseTable("data/t.csv", "id,released,price,open\ngpt-4,2023-03,30,no\ngpt-1,2018,,yes\n", schema);
    expect(rows).toEqual([
      {id: "gpt-4", released: "2023-03", price: 30, open: false},
      {id: "gpt-1", released: "2018", price: null, open: true}
    ]);
  });

  test("a wrong type names file, line, column, expectation and the raw value", () => {
    expect(problems("id,released,price,open\ngpt-4,2023-03,n/a,no\n")).toEqual([
      'data/t.csv:2: column "price": expected a number ≥ 0 or an empty cell, got "n/a"'
    ]);
  });

  test("a negative price is rejected", () => {
    expect(problems("id,released,price,open\ngpt-4,2023-03,-1,no\n")[0]).toBe(
      'data/t.csv:2: column "price": expected a number ≥ 0 or an empty cell, got "-1"'
    );
  });

  test("bad dates are rejected: wrong shape, month 13, 30 February", () => {
    const found = problems("id,released,price,open\na,March 2023,1,no\nb,2023-13,1,no\nc,2024-02-30,1,no\n");
    expect(found).toEqual([
      'data/t.csv:2: column "released": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, got "March 2023"',
      'data/t.csv:3: column "released": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"',
      'data/t.csv:4: column "released": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"'
    ]);
  });

  test("a missing column is named, from the header line", () => {
    expect(problems("id,released,open\na,2023,no\n")).toEqual(['data/t.csv:1: column "price": missing from the header row']);
  });

  test("an unknown column is named, with the columns the file takes", () => {
    expect(problems("id,released,price,open,colour\na,2023,1,no,red\n")[0]).toBe(
      'data/t.csv:1: column "colour": not a column of this file (expected id, released, price, open)'
    );
  });

  test("a duplicate id names both lines", () => {
    expect(problems("id,released,price,open\na,2023,1,no\na,2024,2,yes\n")).toEqual([
      'data/t.csv:3: column "id": expected a unique value, got "a" (already on line 2)'
    ]);
  });

  test("a row with a missing comma is reported, not silently shifted", () => {
    expect(problems("id,released,price,open\na,2023,1\n")[0]).toMatch(/^data\/t\.csv:2: expected 4 cells \(one per column\), got 3/);
  });

  test("every problem in the file is listed, not only the first", () => {
    expect(problems("id,released,price,open\nA!,2023,1,maybe\n")).toHaveLength(2);
  });

  test("line numbers count quoted cells that span lines, blank lines and a byte-order mark", () => {
    const text = '\uFEFFid,released,price,open\n"a",2023,1,no\n\nb,2023,"2\n",no\nc,2023,x,no\n';
    expect(problems(text)).toEqual(['data/t.csv:6: column "price": expected a number ≥ 0 or an empty cell, got "x"']);
  });
});

describe("splitRows", () => {
  test("handles CRLF line ends", () => {
    expect(splitRows("a,b\r\n1,2\r\n3,4\r\n").lines).toEqual([1, 2, 3]);
  });
});
