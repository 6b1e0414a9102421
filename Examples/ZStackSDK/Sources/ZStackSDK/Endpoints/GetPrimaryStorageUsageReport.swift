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
    public static let operation = ZStackOperation(
        id: "GetPrimaryStorageUsageReport",
        method: .get,
        pathTemplate: "/zstack/v1/primary-storage/{primaryStorageUuid}/usage/report",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 主存储UUID
        public var primaryStorageUuid: String

        /// 存储协议
        public var uris: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// 获取主存储预测容量报告返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `uriUsageForecast` field.
        public var uriUsageForecast: [String: UsageReport]?

        /// The `usageReport` field.
        public var usageReport: UsageReport?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

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

        private enum CodingKeys: String, CodingKey {
            case uriUsageForecast = "uriUsageForecast"
            case usageReport = "usageReport"
            case success = "success"
            case error = "error"
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
        var call = ZStackRequestBuilder(operation: GetPrimaryStorageUsageReport.operation)
        call.setPathParameter("primaryStorageUuid", to: request.primaryStorageUuid)
        call.appendQueryItems("uris", values: request.uris)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
