import HTTPTypes

/// UpdateClusterOS
///
/// 升级集群内物理机的操作系统
///
/// 升级集群内物理机的操作系统
///
/// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: cluster
public nonisolated enum UpdateClusterOS {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateClusterOS",
        method: .put,
        pathTemplate: "/zstack/v1/clusters/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 不升级的包列表
        public var excludePackages: [String]?

        /// 要升级的包列表
        public var updatePackages: [String]?

        /// 升级所用源的版本
        public var releaseVersion: String?

        /// The `resourceUuid` field.
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 强制
        public var force: UpdateClusterOSForce?

        /// 物理机UUID
        public var hostUuid: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - excludePackages: 不升级的包列表
        ///   - updatePackages: 要升级的包列表
        ///   - releaseVersion: 升级所用源的版本
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - force: 强制
        ///   - hostUuid: 物理机UUID
        public init(
            uuid: String,
            excludePackages: [String]? = nil,
            updatePackages: [String]? = nil,
            releaseVersion: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            force: UpdateClusterOSForce? = nil,
            hostUuid: String? = nil
        ) {
            self.uuid = uuid
            self.excludePackages = excludePackages
            self.updatePackages = updatePackages
            self.releaseVersion = releaseVersion
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.force = force
            self.hostUuid = hostUuid
        }
    }

    /// The JSON body of a request: `{"updateClusterOS": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateClusterOS"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var excludePackages: [String]?
            var updatePackages: [String]?
            var releaseVersion: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var force: UpdateClusterOSForce?
            var hostUuid: String?

            init(_ request: Request) {
                self.excludePackages = request.excludePackages
                self.updatePackages = request.updatePackages
                self.releaseVersion = request.releaseVersion
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.force = request.force
                self.hostUuid = request.hostUuid
            }

            private enum CodingKeys: String, CodingKey {
                case excludePackages = "excludePackages"
                case updatePackages = "updatePackages"
                case releaseVersion = "releaseVersion"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case force = "force"
                case hostUuid = "hostUuid"
            }
        }
    }

    /// 集群内物理机操作系统升级结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 任务信息
        public var inventory: LongJobInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 任务信息
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LongJobInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// UpdateClusterOS
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - excludePackages: 不升级的包列表
    ///   - updatePackages: 要升级的包列表
    ///   - releaseVersion: 升级所用源的版本
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - force: 强制
    ///   - hostUuid: 物理机UUID
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群内物理机操作系统升级结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateClusterOS(
        uuid: String,
        excludePackages: [String]? = nil,
        updatePackages: [String]? = nil,
        releaseVersion: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        force: UpdateClusterOSForce? = nil,
        hostUuid: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateClusterOS.Response {
        try await updateClusterOS(
            UpdateClusterOS.Request(
                uuid: uuid,
                excludePackages: excludePackages,
                updatePackages: updatePackages,
                releaseVersion: releaseVersion,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                force: force,
                hostUuid: hostUuid
            ),
            polling: polling
        )
    }

    /// UpdateClusterOS
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群内物理机操作系统升级结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateClusterOS(
        _ request: UpdateClusterOS.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateClusterOS.Response {
        var call = ZStackRequestBuilder(operation: UpdateClusterOS.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateClusterOS.Body(request)
        return try await perform(call, polling: polling)
    }
}
