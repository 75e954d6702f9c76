# Hub and spoke: exported by VPC Flow Lab.
# Instances launch from var.ami_id (variables.tf), which has no default.
# Left out: rds interface orders-db (eni-0e000000000000003, 10.10.2.30) in subnet hub-data: AWS makes it for an RDS instance (aws_db_instance in a DB subnet group).

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  description = "The AWS region of the network."
  type        = string
  default     = "eu-west-1"
}

# The drawing does not say which image its instances run, so the AMI has no default:
# terraform plan asks for it (or pass -var ami_id=ami-…).
variable "ami_id" {
  description = "The AMI every instance launches from."
  type        = string
}

variable "instance_type" {
  description = "The instance type of every instance."
  type        = string
  default     = "t3.micro"
}

resource "aws_ec2_managed_prefix_list" "office" {
  name           = "office"
  address_family = "IPv4"
  max_entries    = 5

  tags = {
    Name = "office"
  }
}

resource "aws_ec2_managed_prefix_list_entry" "office_192_0_2_0_28" {
  prefix_list_id = aws_ec2_managed_prefix_list.office.id
  cidr           = "192.0.2.0/28"
  description    = "HQ"
}

# The addresses of com.amazonaws.eu-west-1.s3, a prefix list AWS manages.
data "aws_prefix_list" "s3" {
  name = "com.amazonaws.${var.region}.s3"
}

resource "aws_vpc" "hub" {
  cidr_block                       = "10.10.0.0/16"
  assign_generated_ipv6_cidr_block = true

  tags = {
    Name = "hub"
  }
}

resource "aws_vpc_ipv4_cidr_block_association" "hub_100_64_0_0_24" {
  vpc_id     = aws_vpc.hub.id
  cidr_block = "100.64.0.0/24"
}

resource "aws_vpc" "spoke" {
  cidr_block = "10.20.0.0/16"

  tags = {
    Name = "spoke"
  }
}

resource "aws_subnet" "hub_public" {
  vpc_id            = aws_vpc.hub.id
  cidr_block        = "10.10.1.0/24"
  availability_zone = "${var.region}a"
  ipv6_cidr_block   = cidrsubnet(aws_vpc.hub.ipv6_cidr_block, 8, 1)

  tags = {
    Name = "hub-public"
  }
}

resource "aws_subnet" "hub_data" {
  vpc_id            = aws_vpc.hub.id
  cidr_block        = "10.10.2.0/24"
  availability_zone = "${var.region}a"

  tags = {
    Name = "hub-data"
  }
}

resource "aws_subnet" "hub_extra" {
  vpc_id            = aws_vpc_ipv4_cidr_block_association.hub_100_64_0_0_24.vpc_id
  cidr_block        = "100.64.0.0/26"
  availability_zone = "${var.region}a"

  tags = {
    Name = "hub-extra"
  }
}

resource "aws_subnet" "spoke_app" {
  vpc_id            = aws_vpc.spoke.id
  cidr_block        = "10.20.1.0/24"
  availability_zone = "${var.region}a"

  tags = {
    Name = "spoke-app"
  }
}

resource "aws_internet_gateway" "hub_igw" {
  vpc_id = aws_vpc.hub.id

  tags = {
    Name = "hub-igw"
  }
}

resource "aws_egress_only_internet_gateway" "hub_eigw" {
  vpc_id = aws_vpc.hub.id

  tags = {
    Name = "hub-eigw"
  }
}

# The Elastic IP of NAT gateway hub-nat; AWS allocates its address.
resource "aws_eip" "hub_nat" {
  domain = "vpc"

  tags = {
    Name = "hub-nat"
  }
}

resource "aws_nat_gateway" "hub_nat" {
  allocation_id = aws_eip.hub_nat.id
  subnet_id     = aws_subnet.hub_public.id
  private_ip    = "10.10.1.100"

  tags = {
    Name = "hub-nat"
  }

  depends_on = [aws_internet_gateway.hub_igw]
}

resource "aws_vpc_peering_connection" "hub_spoke" {
  vpc_id      = aws_vpc.hub.id
  peer_vpc_id = aws_vpc.spoke.id

  tags = {
    Name = "hub-spoke"
  }
}

# The route table AWS made with hub, with routes added.
resource "aws_default_route_table" "hub" {
  default_route_table_id = aws_vpc.hub.default_route_table_id

  route {
    cidr_block         = "10.20.0.0/16"
    transit_gateway_id = aws_ec2_transit_gateway.core.id
  }

  tags = {
    Name = "main"
  }
}

resource "aws_route_table" "hub_public" {
  vpc_id = aws_vpc.hub.id

  tags = {
    Name = "hub-public"
  }
}

resource "aws_route" "hub_public_default" {
  route_table_id         = aws_route_table.hub_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.hub_igw.id
}

resource "aws_route" "hub_public_default_ipv6" {
  route_table_id              = aws_route_table.hub_public.id
  destination_ipv6_cidr_block = "::/0"
  egress_only_gateway_id      = aws_egress_only_internet_gateway.hub_eigw.id
}

resource "aws_route" "hub_public_10_20_0_0_16" {
  route_table_id         = aws_route_table.hub_public.id
  destination_cidr_block = "10.20.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.core.id
}

resource "aws_route_table" "hub_main" {
  vpc_id = aws_vpc.hub.id

  tags = {
    Name = "hub-main"
  }
}

resource "aws_route" "hub_main_10_20_0_0_16" {
  route_table_id         = aws_route_table.hub_main.id
  destination_cidr_block = "10.20.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.core.id
}

resource "aws_route" "hub_main_default" {
  route_table_id         = aws_route_table.hub_main.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.hub_nat.id
}

resource "aws_main_route_table_association" "hub" {
  vpc_id         = aws_vpc.hub.id
  route_table_id = aws_route_table.hub_main.id
}

# The route table AWS made with spoke, with routes added.
resource "aws_default_route_table" "spoke" {
  default_route_table_id = aws_vpc.spoke.default_route_table_id

  route {
    cidr_block         = "10.10.0.0/16"
    transit_gateway_id = aws_ec2_transit_gateway.core.id
  }

  tags = {
    Name = "main"
  }
}

resource "aws_route_table" "spoke_app" {
  vpc_id = aws_vpc.spoke.id

  tags = {
    Name = "spoke-app"
  }
}

resource "aws_route" "spoke_app_10_10_0_0_16" {
  route_table_id         = aws_route_table.spoke_app.id
  destination_cidr_block = "10.10.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.core.id
}

resource "aws_route" "spoke_app_192_168_0_0_16" {
  route_table_id            = aws_route_table.spoke_app.id
  destination_cidr_block    = "192.168.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.hub_spoke.id
}

resource "aws_route_table_association" "hub_public" {
  subnet_id      = aws_subnet.hub_public.id
  route_table_id = aws_route_table.hub_public.id
}

resource "aws_route_table_association" "spoke_app" {
  subnet_id      = aws_subnet.spoke_app.id
  route_table_id = aws_route_table.spoke_app.id
}

# The default network ACL of hub, whose entries were changed.
resource "aws_default_network_acl" "hub" {
  default_network_acl_id = aws_vpc.hub.default_network_acl_id
  subnet_ids             = [aws_subnet.hub_public.id, aws_subnet.hub_extra.id]

  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    cidr_block = "198.51.100.0/24"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  ingress {
    rule_no         = 101
    action          = "allow"
    protocol        = "-1"
    ipv6_cidr_block = "::/0"
    from_port       = 0
    to_port         = 0
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  egress {
    rule_no         = 101
    action          = "allow"
    protocol        = "-1"
    ipv6_cidr_block = "::/0"
    from_port       = 0
    to_port         = 0
  }
}

resource "aws_network_acl" "data" {
  vpc_id = aws_vpc.hub.id

  tags = {
    Name = "data"
  }
}

resource "aws_network_acl_rule" "data_ingress_100" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
  from_port      = 5432
  to_port        = 5432
}

resource "aws_network_acl_rule" "data_ingress_110" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 110
  egress         = false
  protocol       = "icmp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
  icmp_type      = -1
  icmp_code      = -1
}

resource "aws_network_acl_rule" "data_egress_100" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 100
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_association" "hub_data" {
  network_acl_id = aws_network_acl.data.id
  subnet_id      = aws_subnet.hub_data.id
}

# The default security group of hub, whose rules were changed.
resource "aws_default_security_group" "hub" {
  vpc_id = aws_vpc.hub.id

  ingress {
    protocol  = "-1"
    from_port = 0
    to_port   = 0
    self      = true
  }

  ingress {
    protocol        = "tcp"
    from_port       = 22
    to_port         = 22
    prefix_list_ids = [aws_ec2_managed_prefix_list.office.id]
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    protocol         = "-1"
    from_port        = 0
    to_port          = 0
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "web"
  vpc_id      = aws_vpc.hub.id
}

resource "aws_vpc_security_group_ingress_rule" "web_tcp_443_anywhere" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "web_tcp_443_anywhere_ipv6" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv6         = "::/0"
}

resource "aws_vpc_security_group_egress_rule" "web_all_anywhere" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "web_all_anywhere_ipv6" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "db"
  vpc_id      = aws_vpc.hub.id
}

resource "aws_vpc_security_group_ingress_rule" "db_tcp_5432_web" {
  security_group_id            = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_ingress_rule" "db_tcp_5432_10_20_0_0_16" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "10.20.0.0/16"
}

resource "aws_security_group" "api" {
  name        = "api"
  description = "api"
  vpc_id      = aws_vpc.spoke.id
}

resource "aws_vpc_security_group_ingress_rule" "api_tcp_8080_10_10_0_0_16" {
  security_group_id = aws_security_group.api.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = "10.10.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "api_icmp_10_10_0_0_16" {
  security_group_id = aws_security_group.api.id
  ip_protocol       = "icmp"
  from_port         = 8
  to_port           = -1
  cidr_ipv4         = "10.10.0.0/16"
}

resource "aws_vpc_security_group_egress_rule" "api_all_anywhere" {
  security_group_id = aws_security_group.api.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "endpoint" {
  name        = "endpoint"
  description = "endpoint"
  vpc_id      = aws_vpc.hub.id
}

resource "aws_vpc_security_group_ingress_rule" "endpoint_tcp_443_10_10_0_0_16" {
  security_group_id = aws_security_group.endpoint.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.10.0.0/16"
}

resource "aws_vpc_security_group_egress_rule" "endpoint_all_anywhere" {
  security_group_id = aws_security_group.endpoint.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "endpoint_all_anywhere_ipv6" {
  security_group_id = aws_security_group.endpoint.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.hub.id
  service_name      = "com.amazonaws.${var.region}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.hub_public.id]

  tags = {
    Name = "s3"
  }
}

resource "aws_vpc_endpoint" "sqs" {
  vpc_id             = aws_vpc.hub.id
  service_name       = "com.amazonaws.${var.region}.sqs"
  vpc_endpoint_type  = "Interface"
  subnet_ids         = [aws_subnet.hub_data.id]
  security_group_ids = [aws_security_group.endpoint.id]

  tags = {
    Name = "sqs"
  }
}

resource "aws_ec2_transit_gateway" "core" {
  default_route_table_association    = "enable"
  default_route_table_propagation    = "enable"
  security_group_referencing_support = "disable"

  tags = {
    Name = "core"
  }
}

resource "aws_ec2_transit_gateway_route_table" "spokes" {
  transit_gateway_id = aws_ec2_transit_gateway.core.id

  tags = {
    Name = "spokes"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "hub" {
  transit_gateway_id                 = aws_ec2_transit_gateway.core.id
  vpc_id                             = aws_vpc.hub.id
  subnet_ids                         = [aws_subnet.hub_data.id]
  security_group_referencing_support = "enable"

  tags = {
    Name = "hub"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "spoke" {
  transit_gateway_id                              = aws_ec2_transit_gateway.core.id
  vpc_id                                          = aws_vpc.spoke.id
  subnet_ids                                      = [aws_subnet.spoke_app.id]
  security_group_referencing_support              = "enable"
  transit_gateway_default_route_table_association = false

  tags = {
    Name = "spoke"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "spoke" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.spoke.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "spokes_spoke" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.spoke.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}

resource "aws_ec2_transit_gateway_route" "spokes_10_10_0_0_16" {
  destination_cidr_block         = "10.10.0.0/16"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.hub.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}

resource "aws_ec2_transit_gateway_route" "spokes_10_10_2_0_25" {
  destination_cidr_block         = "10.10.2.0/25"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}

resource "aws_instance" "web" {
  ami                    = var.ami_id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.hub_public.id
  private_ip             = "10.10.1.10"
  secondary_private_ips  = ["10.10.1.11"]
  ipv6_addresses         = [cidrhost(aws_subnet.hub_public.ipv6_cidr_block, 16)]
  vpc_security_group_ids = [aws_security_group.web.id]

  tags = {
    Name = "web"
    Tier = "web"
  }
}

resource "aws_eip" "web" {
  domain = "vpc"

  tags = {
    Name = "web"
  }
}

resource "aws_eip_association" "web" {
  allocation_id = aws_eip.web.id
  instance_id   = aws_instance.web.id
}

resource "aws_instance" "db" {
  ami                    = var.ami_id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.hub_data.id
  private_ip             = "10.10.2.10"
  vpc_security_group_ids = [aws_security_group.db.id]

  tags = {
    Name = "db"
  }
}

resource "aws_instance" "api" {
  ami                    = var.ami_id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.spoke_app.id
  private_ip             = "10.20.1.10"
  vpc_security_group_ids = [aws_security_group.api.id]

  tags = {
    Name = "api"
  }
}

resource "aws_network_interface" "web_admin" {
  subnet_id       = aws_subnet.hub_extra.id
  private_ips     = ["100.64.0.10"]
  security_groups = [aws_default_security_group.hub.id]

  tags = {
    Name = "web-admin"
  }
}

resource "aws_network_interface_attachment" "web_admin" {
  instance_id          = aws_instance.web.id
  network_interface_id = aws_network_interface.web_admin.id
  device_index         = 1
}

resource "aws_eip" "web_admin" {
  domain = "vpc"

  tags = {
    Name = "web-admin"
  }
}

resource "aws_eip_association" "web_admin" {
  allocation_id        = aws_eip.web_admin.id
  network_interface_id = aws_network_interface.web_admin.id
}

resource "aws_network_interface" "spare" {
  subnet_id               = aws_subnet.hub_data.id
  private_ip_list_enabled = true
  private_ip_list         = ["10.10.2.20", "10.10.2.21"]
  security_groups         = [aws_security_group.db.id]

  tags = {
    Name = "spare"
  }
}
