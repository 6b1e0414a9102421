/// Every item that a query endpoint finds, fetched a page at a time as the sequence is read.
///
/// A client's `<query>Items(_:pageSize:)` method makes one for each endpoint that follows the API's query
/// convention (`api.queries`): each page is one call with its own `limit` and `start`. The sequence stops after the
/// last matching item (the reply's total, when the API sends one) or at a page shorter than asked for, and checks
/// for cancellation before each call, so cancelling the task that reads it stops the fetching.
///
/// ```swift
/// for try await zone in client.queryZoneItems(QueryZone.Request(q: ["state=Enabled"]), pageSize: 50) {
///     print(zone.name ?? "")
/// }
/// let count = try await client.queryZoneItems(QueryZone.Request(q: ["state=Enabled"])).count()
/// ```
public nonisolated struct FixturePages<Item: Sendable>: AsyncSequence, Sendable {
    /// One matching item.
    public typealias Element = Item

    /// One call: the items from `start` on, at most `limit` of them, and the total if `withTotal` asks for it and
    /// the reply carries it.
    package typealias Fetch = @Sendable (_ start: Int, _ limit: Int, _ withTotal: Bool) async throws -> ([Item], Int?)

    /// How many items each call asks for.
    public let pageSize: Int

    private let fetch: Fetch

    /// Creates the sequence of the items that `fetch` returns, page by page.
    ///
    /// - Parameters:
    ///   - pageSize: How many items each call asks for; less than 1 counts as 1.
    ///   - fetch: Makes one call.
    package init(pageSize: Int, fetch: @escaping Fetch) {
        self.pageSize = Swift.max(1, pageSize)
        self.fetch = fetch
    }

    /// Starts reading the items from the first page.
    ///
    /// - Returns: An iterator that makes its first call when it is first asked for an item.
    public func makeAsyncIterator() -> Iterator {
        Iterator(pageSize: pageSize, fetch: fetch)
    }

    /// The number of matching items: one call for one item and the total or, when the reply carries no total, a
    /// call for every page.
    ///
    /// - Returns: How many items the sequence has.
    /// - Throws: The call's error, or `CancellationError` when the task is cancelled.
    public func count() async throws -> Int {
        try Task.checkCancellation()
        let (_, total) = try await fetch(0, 1, true)
        if let total {
            return total
        }
        var count = 0
        for try await _ in self {
            count += 1
        }
        return count
    }

    /// The first matching item, with one call for one item.
    ///
    /// - Returns: The first item, or `nil` when nothing matches.
    /// - Throws: The call's error, or `CancellationError` when the task is cancelled.
    public func first() async throws -> Item? {
        try Task.checkCancellation()
        let (items, _) = try await fetch(0, 1, false)
        return items.first
    }

    /// Reads the items of one page after another, fetching the next page when the last is used up.
    public nonisolated struct Iterator: AsyncIteratorProtocol {
        private let pageSize: Int
        private let fetch: Fetch
        private var page: [Item] = []
        private var index = 0
        private var start = 0
        private var total: Int?
        private var isFinished = false

        init(pageSize: Int, fetch: @escaping Fetch) {
            self.pageSize = pageSize
            self.fetch = fetch
        }

        /// The next matching item, fetching the next page first if this one is used up.
        ///
        /// - Returns: The item, or `nil` after the last one.
        /// - Throws: The call's error, or `CancellationError` when the task is cancelled.
        public mutating func next() async throws -> Item? {
            while index == page.count {
                if isFinished {
                    return nil
                }
                try Task.checkCancellation()
                let (items, replyTotal) = try await fetch(start, pageSize, start == 0)
                total = replyTotal ?? total
                page = items
                index = 0
                start += items.count
                isFinished = items.count < pageSize || total.map { start >= $0 } ?? false
            }
            defer { index += 1 }
            return page[index]
        }
    }
}

nonisolated extension FixtureClient {
    /// The pages of a query endpoint: each page is the call that `call` builds, its reply decoded as `Reply`, and
    /// the items and total that `items` reads from it.
    ///
    /// The endpoints' `<query>Items` methods page through this one method, so that none of them compiles an
    /// asynchronous closure of its own: the fetching is here, and an endpoint gives two plain closures.
    ///
    /// - Parameters:
    ///   - pageSize: How many items each call asks for; less than 1 counts as 1.
    ///   - reply: The type of the endpoint's reply.
    ///   - call: Builds the call for the items from `start` on, at most `limit` of them, with the total if `withTotal`.
    ///   - items: The items of a reply, and the total if it carries one.
    /// - Returns: The matching items, fetched as they are read.
    package func pages<Reply: Decodable & Sendable, Item: Sendable>(
        pageSize: Int,
        replying reply: Reply.Type,
        call: @escaping @Sendable (_ start: Int, _ limit: Int, _ withTotal: Bool) throws -> FixtureRequestBuilder,
        items: @escaping @Sendable (Reply) -> ([Item], Int?)
    ) -> FixturePages<Item> {
        FixturePages(pageSize: pageSize) { start, limit, withTotal in
            let page: Reply = try await perform(try call(start, limit, withTotal))
            return items(page)
        }
    }

    /// A reply's total as a count, for ``pages(pageSize:replying:call:items:)``.
    ///
    /// (`total.map { Int($0) }` in each endpoint would compile `Optional.map` into each endpoint's file: the standard
    /// library emits it into every file that calls it.)
    ///
    /// - Parameter total: The reply's total, if it carries one.
    /// - Returns: The total, or `nil`.
    package static func pageTotal<Total: BinaryInteger>(_ total: Total?) -> Int? {
        guard let total else { return nil }
        return Int(total)
    }

    /// The names of the fields that `selection` picks from `fields`, joined by commas as a query's `fields` parameter
    /// takes them; `nil` without a selection.
    ///
    /// - Parameters:
    ///   - selection: Picks the fields, or `nil` for all of them.
    ///   - fields: The fields of the queried type.
    /// - Returns: The names, such as `name,uuid`, or `nil`.
    package static func fieldList<Fields>(
        _ selection: ((Fields) -> [any FixtureQueryFieldName])?,
        of fields: Fields
    ) -> String? {
        guard let selection else { return nil }
        return selection(fields).map(\.name).joined(separator: ",")
    }
}
