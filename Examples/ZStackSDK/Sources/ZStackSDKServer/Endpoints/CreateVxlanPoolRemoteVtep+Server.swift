import ZStackSDK

/// The server side of ``CreateVxlanPoolRemoteVtep``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip`, asynchronous.
nonisolated enum CreateVxlanPoolRemoteVtepServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVxlanPoolRemoteVtep.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVxlanPoolRemoteVtep.Request(
                l2NetworkUuid: try call.pathParameter("l2NetworkUuid", as: String.self),
                clusterUuid: try call.pathParameter("clusterUuid", as: String.self),
                remoteVtepIp: try call.required(body.wrapped?.remoteVtepIp, .bodyField("params.remoteVtepIp")),
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.createVxlanPoolRemoteVtep(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let remoteVtepIp: String?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.remoteVtepIp = try object.optionalValue(String.self, forKey: "remoteVtepIp")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
