import HTTPTypes

/// CreateDataVolume
///
/// 创建云盘
///
/// `POST /zstack/v1/volumes/data`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum CreateDataVolume {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateDataVolume",
        method: .post,
        pathTemplate: "/zstack/v1/volumes/data",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 云盘名称
        public let name: String

        /// 云盘的描述
        public let description: String?

        /// 云盘规格UUID
        public let diskOfferingUuid: String?

        /// 主存储UUID
        public let primaryStorageUuid: String?

        /// 资源的Uuid
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `diskSize` field.
        public let diskSize: Int64?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 云盘名称
        ///   - description: 云盘的描述
        ///   - diskOfferingUuid: 云盘规格UUID
        ///   - primaryStorageUuid: 主存储UUID
        ///   - resourceUuid: 资源的Uuid
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - diskSize: The `diskSize` field.
        public init(
            name: String,
            description: String? = nil,
            diskOfferingUuid: String? = nil,
            primaryStorageUuid: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            diskSize: Int64? = nil
        ) {
            self.name = name
            self.description = description
            self.diskOfferingUuid = diskOfferingUuid
            self.primaryStorageUuid = primaryStorageUuid
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.diskSize = diskSize
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal(
                (
                    lhs.name,
                    lhs.description,
                    lhs.diskOfferingUuid,
                    lhs.primaryStorageUuid,
                    lhs.resourceUuid,
                    lhs.tagUuids,
                    lhs.systemTags,
                    lhs.userTags,
                    lhs.diskSize
                ),
                (
                    rhs.name,
                    rhs.description,
                    rhs.diskOfferingUuid,
                    rhs.primaryStorageUuid,
                    rhs.resourceUuid,
                    rhs.tagUuids,
                    rhs.systemTags,
                    rhs.userTags,
                    rhs.diskSize
                )
            )
        }
    }

    /// 返回创建的云盘清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 创建的云盘
        public let inventory: VolumeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 创建的云盘
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VolumeInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventory = try object.optionalValue(VolumeInventory.self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventory, forKey: "inventory")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.success, lhs.error, lhs.inventory), (rhs.success, rhs.error, rhs.inventory))
        }
    }
}

nonisolated extension ZStackClient {
    /// CreateDataVolume
    ///
    /// 创建云盘
    ///
    /// `POST /zstack/v1/volumes/data`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 云盘名称
    ///   - description: 云盘的描述
    ///   - diskOfferingUuid: 云盘规格UUID
    ///   - primaryStorageUuid: 主存储UUID
    ///   - resourceUuid: 资源的Uuid
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - diskSize: The `diskSize` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 返回创建的云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolume(
        name: String,
        description: String? = nil,
        diskOfferingUuid: String? = nil,
        primaryStorageUuid: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        diskSize: Int64? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolume.Response {
        try await createDataVolume(
            CreateDataVolume.Request(
                name: name,
                description: description,
                diskOfferingUuid: diskOfferingUuid,
                primaryStorageUuid: primaryStorageUuid,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                diskSize: diskSize
            ),
            polling: polling
        )
    }

    /// CreateDataVolume
    ///
    /// 创建云盘
    ///
    /// `POST /zstack/v1/volumes/data`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 返回创建的云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolume(
        _ request: CreateDataVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolume.Response {
        var call = ZStackRequestBuilder(operation: CreateDataVolume.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.diskOfferingUuid, forKey: "diskOfferingUuid")
                try wrapped.encodeValue(request.primaryStorageUuid, forKey: "primaryStorageUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.diskSize, forKey: "diskSize")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
