import ZStackSDK

/// The server side of ``AddIpv6RangeByNetworkCidr``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges/by-cidr`, asynchronous.
nonisolated enum AddIpv6RangeByNetworkCidrServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddIpv6RangeByNetworkCidr.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let networkCidr = try body.wrappedField(String.self, "networkCidr")
                let addressMode = try body.wrappedField(AddIpv6RangeByNetworkCidrAddressMode.self, "addressMode")
                let description = try body.wrappedField(String.self, "description")
                let ipRangeType = try body.wrappedField(AddIpv6RangeByNetworkCidrIpRangeType.self, "ipRangeType")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddIpv6RangeByNetworkCidr.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    networkCidr: try call.required(networkCidr, .bodyField("params.networkCidr")),
                    addressMode: try call.required(addressMode, .bodyField("params.addressMode")),
                    description: description,
                    ipRangeType: ipRangeType,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addIpv6RangeByNetworkCidr(request) }
        }
    }
}
