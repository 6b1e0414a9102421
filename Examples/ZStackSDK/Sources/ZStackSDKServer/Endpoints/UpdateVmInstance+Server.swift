import ZStackSDK

/// The server side of ``UpdateVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmInstance.operation, bodyWrapper: "updateVmInstance") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVmInstance.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                state: body.wrapped?.state,
                defaultL3NetworkUuid: body.wrapped?.defaultL3NetworkUuid,
                platform: body.wrapped?.platform,
                cpuNum: body.wrapped?.cpuNum,
                memorySize: body.wrapped?.memorySize,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                guestOsType: body.wrapped?.guestOsType,
                reservedMemorySize: body.wrapped?.reservedMemorySize
            )
            return { try await handler.updateVmInstance(request) }
        }
    }

    /// The JSON body of a request: `{"updateVmInstance": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateVmInstance"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var state: UpdateVmInstanceState?
            var defaultL3NetworkUuid: String?
            var platform: UpdateVmInstancePlatform?
            var cpuNum: Int?
            var memorySize: Int64?
            var systemTags: [String]?
            var userTags: [String]?
            var guestOsType: String?
            var reservedMemorySize: Int64?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case state = "state"
                case defaultL3NetworkUuid = "defaultL3NetworkUuid"
                case platform = "platform"
                case cpuNum = "cpuNum"
                case memorySize = "memorySize"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case guestOsType = "guestOsType"
                case reservedMemorySize = "reservedMemorySize"
            }
        }
    }
}
