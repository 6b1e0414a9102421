import ZStackSDK

/// The server side of ``AddIpRangeByNetworkCidr``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr`, asynchronous.
nonisolated enum AddIpRangeByNetworkCidrServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddIpRangeByNetworkCidr.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let networkCidr = try body.wrappedField(String.self, "networkCidr")
                let description = try body.wrappedField(String.self, "description")
                let gateway = try body.wrappedField(String.self, "gateway")
                let ipRangeType = try body.wrappedField(AddIpRangeByNetworkCidrIpRangeType.self, "ipRangeType")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddIpRangeByNetworkCidr.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    networkCidr: try call.required(networkCidr, .bodyField("params.networkCidr")),
                    description: description,
                    gateway: gateway,
                    ipRangeType: ipRangeType,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addIpRangeByNetworkCidr(request) }
        }
    }
}
