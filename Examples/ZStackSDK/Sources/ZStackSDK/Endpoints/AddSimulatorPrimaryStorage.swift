import HTTPTypes

/// AddSimulatorPrimaryStorage
///
/// 在这里填写API描述
///
/// `POST /zstack/v1/primary-storage/simulators`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum AddSimulatorPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddSimulatorPrimaryStorage",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage/simulators",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `url` field.
        public var url: String

        /// 资源名称
        public var name: String

        /// 区域UUID
        public var zoneUuid: String

        /// The `totalCapacity` field.
        public var totalCapacity: Int64?

        /// The `availableCapacity` field.
        public var availableCapacity: Int64?

        /// 资源的详细描述
        public var description: String?

        /// The `type` field.
        public var type: String?

        /// The `resourceUuid` field.
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `availablePhysicalCapacity` field.
        public var availablePhysicalCapacity: Int64?

        /// The `totalPhysicalCapacity` field.
        public var totalPhysicalCapacity: Int64?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - url: The `url` field.
        ///   - name: 资源名称
        ///   - zoneUuid: 区域UUID
        ///   - totalCapacity: The `totalCapacity` field.
        ///   - availableCapacity: The `availableCapacity` field.
        ///   - description: 资源的详细描述
        ///   - type: The `type` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - availablePhysicalCapacity: The `availablePhysicalCapacity` field.
        ///   - totalPhysicalCapacity: The `totalPhysicalCapacity` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            url: String,
            name: String,
            zoneUuid: String,
            totalCapacity: Int64? = nil,
            availableCapacity: Int64? = nil,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            availablePhysicalCapacity: Int64? = nil,
            totalPhysicalCapacity: Int64? = nil,
            tagUuids: [String]? = nil
        ) {
            self.url = url
            self.name = name
            self.zoneUuid = zoneUuid
            self.totalCapacity = totalCapacity
            self.availableCapacity = availableCapacity
            self.description = description
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.availablePhysicalCapacity = availablePhysicalCapacity
            self.totalPhysicalCapacity = totalPhysicalCapacity
            self.tagUuids = tagUuids
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var totalCapacity: Int64?
            var availableCapacity: Int64?
            var url: String
            var name: String
            var description: String?
            var type: String?
            var zoneUuid: String
            var resourceUuid: String?
            var availablePhysicalCapacity: Int64?
            var totalPhysicalCapacity: Int64?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.totalCapacity = request.totalCapacity
                self.availableCapacity = request.availableCapacity
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.zoneUuid = request.zoneUuid
                self.resourceUuid = request.resourceUuid
                self.availablePhysicalCapacity = request.availablePhysicalCapacity
                self.totalPhysicalCapacity = request.totalPhysicalCapacity
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case totalCapacity = "totalCapacity"
                case availableCapacity = "availableCapacity"
                case url = "url"
                case name = "name"
                case description = "description"
                case type = "type"
                case zoneUuid = "zoneUuid"
                case resourceUuid = "resourceUuid"
                case availablePhysicalCapacity = "availablePhysicalCapacity"
                case totalPhysicalCapacity = "totalPhysicalCapacity"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 主存储清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: PrimaryStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: PrimaryStorageInventory? = nil) {
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
    /// AddSimulatorPrimaryStorage
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/primary-storage/simulators`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - url: The `url` field.
    ///   - name: 资源名称
    ///   - zoneUuid: 区域UUID
    ///   - totalCapacity: The `totalCapacity` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - availablePhysicalCapacity: The `availablePhysicalCapacity` field.
    ///   - totalPhysicalCapacity: The `totalPhysicalCapacity` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorPrimaryStorage(
        url: String,
        name: String,
        zoneUuid: String,
        totalCapacity: Int64? = nil,
        availableCapacity: Int64? = nil,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        availablePhysicalCapacity: Int64? = nil,
        totalPhysicalCapacity: Int64? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorPrimaryStorage.Response {
        try await addSimulatorPrimaryStorage(
            AddSimulatorPrimaryStorage.Request(
                url: url,
                name: name,
                zoneUuid: zoneUuid,
                totalCapacity: totalCapacity,
                availableCapacity: availableCapacity,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                availablePhysicalCapacity: availablePhysicalCapacity,
                totalPhysicalCapacity: totalPhysicalCapacity,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// AddSimulatorPrimaryStorage
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/primary-storage/simulators`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorPrimaryStorage(
        _ request: AddSimulatorPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: AddSimulatorPrimaryStorage.operation)
        call.jsonBody = AddSimulatorPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
