import HTTPTypes

/// 设置云主机的显存(SetVmQxlMemory)
///
/// 设置云主机的显存大小，当云主机的显卡类型为qxl时生效
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmQxlMemory {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "SetVmQxlMemory",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var uuid: String

        /// 默认值为65536
        public var ram: Int?

        /// 默认值为32768
        public var vram: Int?

        /// 默认值为16384
        public var vgamem: Int?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - ram: 默认值为65536
        ///   - vram: 默认值为32768
        ///   - vgamem: 默认值为16384
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            ram: Int? = nil,
            vram: Int? = nil,
            vgamem: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.ram = ram
            self.vram = vram
            self.vgamem = vgamem
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"setVmQxlMemory": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "setVmQxlMemory"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var ram: Int?
            var vram: Int?
            var vgamem: Int?

            init(_ request: Request) {
                self.ram = request.ram
                self.vram = request.vram
                self.vgamem = request.vgamem
            }

            private enum CodingKeys: String, CodingKey {
                case ram = "ram"
                case vram = "vram"
                case vgamem = "vgamem"
            }
        }
    }

    /// 设置云主机显存返回结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// 设置云主机的显存(SetVmQxlMemory)
    ///
    /// 设置云主机的显存大小，当云主机的显卡类型为qxl时生效
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - ram: 默认值为65536
    ///   - vram: 默认值为32768
    ///   - vgamem: 默认值为16384
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机显存返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmQxlMemory(
        uuid: String,
        ram: Int? = nil,
        vram: Int? = nil,
        vgamem: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmQxlMemory.Response {
        try await setVmQxlMemory(
            SetVmQxlMemory.Request(
                uuid: uuid,
                ram: ram,
                vram: vram,
                vgamem: vgamem,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 设置云主机的显存(SetVmQxlMemory)
    ///
    /// 设置云主机的显存大小，当云主机的显卡类型为qxl时生效
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机显存返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmQxlMemory(
        _ request: SetVmQxlMemory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmQxlMemory.Response {
        var call = ZStackRequestBuilder(operation: SetVmQxlMemory.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = SetVmQxlMemory.Body(request)
        return try await perform(call, polling: polling)
    }
}
