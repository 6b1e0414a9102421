import HTTPTypes

/// GetPrimaryStorageUsageReport
///
/// 获取主存储预测容量报告
///
/// `GET /zstack/v1/primary-storage/{primaryStorageUuid}/usage/report`, synchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum GetPrimaryStorageUsageReport {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetPrimaryStorageUsageReport",
            method: .get,
            pathTemplate: "/zstack/v1/primary-storage/{primaryStorageUuid}/usage/report",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 主存储UUID
        public let primaryStorageUuid: String

        /// 存储协议
        public let uris: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - primaryStorageUuid: 主存储UUID
        ///   - uris: 存储协议
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            primaryStorageUuid: String,
            uris: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.primaryStorageUuid = primaryStorageUuid
            self.uris = uris
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
            guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.uris, rhs.uris) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取主存储预测容量报告返回
    public final class Response: Codable, Sendable, Equatable {
        /// The `uriUsageForecast` field.
        public let uriUsageForecast: [String: UsageReport]?

        /// The `usageReport` field.
        public let usageReport: UsageReport?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - uriUsageForecast: The `uriUsageForecast` field.
        ///   - usageReport: The `usageReport` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(
            uriUsageForecast: [String: UsageReport]? = nil,
            usageReport: UsageReport? = nil,
            success: Bool? = nil,
            error: ErrorCode? = nil
        ) {
            self.uriUsageForecast = uriUsageForecast
            self.usageReport = usageReport
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.uriUsageForecast = try object.optionalValue([String: UsageReport].self, forKey: "uriUsageForecast")
            self.usageReport = try object.optionalValue(UsageReport.self, forKey: "usageReport")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.uriUsageForecast, forKey: "uriUsageForecast")
            try object.encodeValue(self.usageReport, forKey: "usageReport")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
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
            guard ZStackFieldwise.same(lhs.uriUsageForecast, rhs.uriUsageForecast) else { return false }
            guard ZStackFieldwise.same(lhs.usageReport, rhs.usageReport) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetPrimaryStorageUsageReport
    ///
    /// 获取主存储预测容量报告
    ///
    /// `GET /zstack/v1/primary-storage/{primaryStorageUuid}/usage/report`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - primaryStorageUuid: 主存储UUID
    ///   - uris: 存储协议
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取主存储预测容量报告返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPrimaryStorageUsageReport(
        primaryStorageUuid: String,
        uris: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetPrimaryStorageUsageReport.Response {
        try await getPrimaryStorageUsageReport(
            GetPrimaryStorageUsageReport.Request(
                primaryStorageUuid: primaryStorageUuid,
                uris: uris,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetPrimaryStorageUsageReport
    ///
    /// 获取主存储预测容量报告
    ///
    /// `GET /zstack/v1/primary-storage/{primaryStorageUuid}/usage/report`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取主存储预测容量报告返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPrimaryStorageUsageReport(
        _ request: GetPrimaryStorageUsageReport.Request
    ) async throws -> GetPrimaryStorageUsageReport.Response {
        let call = ZStackRequestBuilder(operation: GetPrimaryStorageUsageReport.operation)
        call.setPathParameter("primaryStorageUuid", to: request.primaryStorageUuid)
        call.appendQueryItems("uris", values: request.uris)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
