import HTTPTypes

/// 获取三层网络IP地址使用情况统计(GetL3NetworkIpStatistic)
///
/// 获取三层网络IP地址使用情况统计
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip-statistic`, synchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum GetL3NetworkIpStatistic {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetL3NetworkIpStatistic",
            method: .get,
            pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/ip-statistic",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 统计资源类型
        public let resourceType: GetL3NetworkIpStatisticResourceType?

        /// 指定IP地址
        public let ip: String?

        /// 排序方式
        public let sortBy: GetL3NetworkIpStatisticSortBy?

        /// 排序方向
        public let sortDirection: GetL3NetworkIpStatisticSortDirection?

        /// 统计结果起始位置
        public let start: Int?

        /// 统计结果数量
        public let limit: Int?

        /// 同时返回统计结果总数
        public let replyWithCount: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - resourceType: 统计资源类型
        ///   - ip: 指定IP地址
        ///   - sortBy: 排序方式
        ///   - sortDirection: 排序方向
        ///   - start: 统计结果起始位置
        ///   - limit: 统计结果数量
        ///   - replyWithCount: 同时返回统计结果总数
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l3NetworkUuid: String,
            resourceType: GetL3NetworkIpStatisticResourceType? = nil,
            ip: String? = nil,
            sortBy: GetL3NetworkIpStatisticSortBy? = nil,
            sortDirection: GetL3NetworkIpStatisticSortDirection? = nil,
            start: Int? = nil,
            limit: Int? = nil,
            replyWithCount: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.resourceType = resourceType
            self.ip = ip
            self.sortBy = sortBy
            self.sortDirection = sortDirection
            self.start = start
            self.limit = limit
            self.replyWithCount = replyWithCount
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
            guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
            guard ZStackFieldwise.same(lhs.sortBy, rhs.sortBy) else { return false }
            guard ZStackFieldwise.same(lhs.sortDirection, rhs.sortDirection) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.replyWithCount, rhs.replyWithCount) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取三层网络IP使用情况统计返回值
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// IP使用情况统计结果列表
        public let ipStatistics: [IpStatisticData]?

        /// IP统计结果总数
        public let total: Int64?

        /// 成功
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - ipStatistics: IP使用情况统计结果列表
        ///   - total: IP统计结果总数
        ///   - success: 成功
        public init(
            error: ErrorCode? = nil,
            ipStatistics: [IpStatisticData]? = nil,
            total: Int64? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.ipStatistics = ipStatistics
            self.total = total
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.ipStatistics = try object.optionalValue([IpStatisticData].self, forKey: "ipStatistics")
            self.total = try object.optionalValue(Int64.self, forKey: "total")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.ipStatistics, forKey: "ipStatistics")
            try object.encodeValue(self.total, forKey: "total")
            try object.encodeValue(self.success, forKey: "success")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.ipStatistics, rhs.ipStatistics) else { return false }
            guard ZStackFieldwise.same(lhs.total, rhs.total) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取三层网络IP地址使用情况统计(GetL3NetworkIpStatistic)
    ///
    /// 获取三层网络IP地址使用情况统计
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip-statistic`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - resourceType: 统计资源类型
    ///   - ip: 指定IP地址
    ///   - sortBy: 排序方式
    ///   - sortDirection: 排序方向
    ///   - start: 统计结果起始位置
    ///   - limit: 统计结果数量
    ///   - replyWithCount: 同时返回统计结果总数
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取三层网络IP使用情况统计返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkIpStatistic(
        l3NetworkUuid: String,
        resourceType: GetL3NetworkIpStatisticResourceType? = nil,
        ip: String? = nil,
        sortBy: GetL3NetworkIpStatisticSortBy? = nil,
        sortDirection: GetL3NetworkIpStatisticSortDirection? = nil,
        start: Int? = nil,
        limit: Int? = nil,
        replyWithCount: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetL3NetworkIpStatistic.Response {
        try await getL3NetworkIpStatistic(
            GetL3NetworkIpStatistic.Request(
                l3NetworkUuid: l3NetworkUuid,
                resourceType: resourceType,
                ip: ip,
                sortBy: sortBy,
                sortDirection: sortDirection,
                start: start,
                limit: limit,
                replyWithCount: replyWithCount,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取三层网络IP地址使用情况统计(GetL3NetworkIpStatistic)
    ///
    /// 获取三层网络IP地址使用情况统计
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip-statistic`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取三层网络IP使用情况统计返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkIpStatistic(
        _ request: GetL3NetworkIpStatistic.Request
    ) async throws -> GetL3NetworkIpStatistic.Response {
        let call = ZStackRequestBuilder(operation: GetL3NetworkIpStatistic.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.appendQueryItem("resourceType", value: request.resourceType?.rawValue)
        call.appendQueryItem("ip", value: request.ip)
        call.appendQueryItem("sortBy", value: request.sortBy?.rawValue)
        call.appendQueryItem("sortDirection", value: request.sortDirection?.rawValue)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("replyWithCount", describing: request.replyWithCount)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
