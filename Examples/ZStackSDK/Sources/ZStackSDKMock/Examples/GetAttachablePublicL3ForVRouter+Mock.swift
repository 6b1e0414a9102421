public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetAttachablePublicL3ForVRouter``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getAttachablePublicL3ForVRouterExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "539257e28012b1f6b75d3c91bc8c3257",
              "name": "name",
              "description": "description",
              "type": "type",
              "zoneUuid": "4eca6f04d4401a78c6e1429a952fa30d",
              "l2NetworkUuid": "a4dbe44775a489153755e8fdf1f22cc4",
              "state": "state",
              "dnsDomain": "dnsDomain",
              "system": true,
              "category": "category",
              "ipVersion": 1,
              "enableIPAM": true,
              "isolated": true,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "dns": [
                "dns"
              ],
              "ipRanges": [
                {
                  "uuid": "04c25f0ecbe511310041461d7d0a36f4",
                  "l3NetworkUuid": "f0dc16fb5dad945dcf39fa4b68a96d4f",
                  "name": "name",
                  "description": "description",
                  "startIp": "startIp",
                  "endIp": "endIp",
                  "netmask": "netmask",
                  "prefixLen": "prefixLen",
                  "gateway": "gateway",
                  "networkCidr": "networkCidr",
                  "ipVersion": 1,
                  "addressMode": "addressMode",
                  "ipRangeType": {},
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "networkServices": [
                {
                  "l3NetworkUuid": "5bd8182bdd63e269883b2cae4f83ad93",
                  "networkServiceProviderUuid": "2c5f99e6e55ccf470d207ae67019d828",
                  "networkServiceType": "networkServiceType"
                }
              ],
              "hostRoute": [
                {
                  "id": 1,
                  "l3NetworkUuid": "5bf473e64117d30c51f277168de79671",
                  "prefix": "prefix",
                  "nexthop": "nexthop",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "reservedIpRanges": [
                {
                  "uuid": "d8c9e73c1b8224ed5b8740a91c864f20",
                  "l3NetworkUuid": "46bb65ab3da0b5493883740a40d9101b",
                  "name": "name",
                  "description": "description",
                  "startIp": "startIp",
                  "endIp": "endIp",
                  "ipVersion": 1,
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ]
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getAttachablePublicL3ForVRouter(
        _ request: GetAttachablePublicL3ForVRouter.Request
    ) async throws -> GetAttachablePublicL3ForVRouter.Response {
        try Self.example(GetAttachablePublicL3ForVRouter.Response.self, json: Self.getAttachablePublicL3ForVRouterExample)
    }
}
