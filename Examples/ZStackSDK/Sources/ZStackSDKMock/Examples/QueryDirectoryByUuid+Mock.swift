public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryDirectoryByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryDirectoryByUuidExample = #"""
        {
          "inventories": [
            {
              "uuid": "20390afd98f7a8fd98ecf563fbeb9fe6",
              "name": "name",
              "groupName": "groupName",
              "parentUuid": "280bc2022884f0635615f5b89226231a",
              "rootDirectoryUuid": "5561bfe9f6dcbcc7479d19bdad12df23",
              "zoneUuid": "d10eaf9063cf2213beaf39c73cbc0ca8",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryDirectoryByUuid(
        _ request: QueryDirectoryByUuid.Request
    ) async throws -> QueryDirectoryByUuid.Response {
        try Self.example(QueryDirectoryByUuid.Response.self, json: Self.queryDirectoryByUuidExample)
    }
}
